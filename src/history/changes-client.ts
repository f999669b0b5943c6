// `/changes/` in the browser: reads `?since=` (and `&topic=`), lists the sections changed after that
// day from the page's own data and shows a word diff of each (text then → text now). Built with DOM
// nodes and textContent only: nothing from the data is parsed as markup.
import { diffArrays } from 'diff';
import { changedSince, type ChangesData } from './changes-data.ts';
import { changesText } from './changes-text.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
};

/** Words, spaces and punctuation, in order (Japanese is cut into words by Intl.Segmenter). */
function tokens(text: string, lang: string): string[] {
	if (typeof Intl.Segmenter !== 'function') return text.split(/(\s+|[^\s\w]+)/u).filter(Boolean);
	return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
}

/**
 * A word diff as `<del>`/`<ins>` runs. Every token, whitespace included, is kept, so the text without
 * `<del>` is exactly today's and the text without `<ins>` exactly the old one.
 */
export function diffNodes(before: string, now: string, lang: string): Node[] {
	return diffArrays(tokens(before, lang), tokens(now, lang)).map((part) => {
		const value = part.value.join('');
		return part.added ? el('ins', {}, value) : part.removed ? el('del', {}, value) : document.createTextNode(value);
	});
}

export function showChanges(): void {
	const list = document.querySelector<HTMLElement>('[data-changes-list]');
	const json = document.getElementById('kb-changes-data')?.textContent;
	if (!list || !json) return;
	const data = JSON.parse(json) as ChangesData;
	const t = changesText[data.lang];
	const params = new URLSearchParams(location.search);
	const since = params.get('since')?.trim() ?? '';
	const topic = params.get('topic') ?? '';
	const form = document.querySelector<HTMLFormElement>('.kb-changes-form');
	if (form) {
		(form.elements.namedItem('since') as HTMLInputElement).value = DAY.test(since) ? since : '';
		(form.elements.namedItem('topic') as HTMLSelectElement).value = topic;
	}
	list.replaceChildren();
	list.dataset.changesStatus = 'done';
	if (!data.known) return void list.append(el('p', {}, t.unknown));
	if (!since) return void list.append(el('p', {}, t.pick));
	if (!DAY.test(since) || Number.isNaN(Date.parse(since))) return void list.append(el('p', { role: 'alert' }, t.bad(since)));
	const found = changedSince(data, since, topic || undefined);
	if (!found.length) return void list.append(el('p', {}, t.none(since)));
	list.append(el('p', {}, t.count(found.length, since)));
	for (const f of found) {
		const heading = el('h2', {}, el('a', { href: f.section.href }, `${f.topic.title} › ${f.section.title}`));
		const dates = el('ul', { className: 'kb-change-log' }, ...f.changes.map((c) => el('li', {}, el('time', { dateTime: c.date }, c.date), ` ${c.summary}`)));
		const diff = el('p', { className: 'kb-diff' }, ...(f.before ? diffNodes(f.before, f.now, data.lang) : [el('ins', {}, f.now)]));
		const article = el('article', { className: 'kb-change' }, heading, el('p', {}, t.changedOn), dates, ...(f.before ? [] : [el('p', {}, t.added)]), el('p', {}, t.diffLabel), diff);
		article.dataset.section = `${f.topic.slug}#${f.section.id}`;
		list.append(article);
	}
}
