// Builds result markup with DOM methods: titles and excerpts are our sanitized HTML (snippets.ts
// and renderExcerpt escape every word and let nothing through but <mark>), so a query can never
// inject markup.
import type { SearchAnswer, SearchHit } from '../client.ts';
import { strings, type SearchLang } from './strings.ts';

/**
 * The status line: how many pages matched what. When the site's spelling of the query was searched
 * instead (client.ts `corrected`), it says so and links to the search of exactly what was typed.
 */
export function renderStatus(status: Element, answer: SearchAnswer, typed: string, lang: SearchLang, asTypedHref: string): void {
	const t = strings[lang];
	// Which source found the answer (spelling.ts SpellingSource letters, or the readings): read by the evaluation.
	(status as HTMLElement).dataset.searchVia = answer.corrected && answer.total ? answer.corrected.sources.join(' ') : answer.readAs ? 'reading' : '';
	if (answer.corrected && answer.total) {
		const back = document.createElement('a');
		back.href = asTypedHref;
		back.className = 'kb-as-typed';
		back.dataset.searchAsTyped = '';
		back.textContent = t.asTyped(typed);
		status.replaceChildren(`${t.corrected(answer.corrected.text, typed, answer.total)} `, back);
		return;
	}
	status.textContent = !answer.total ? t.none(typed) : answer.readAs ? t.resultsRead(answer.readAs, typed, answer.total) : t.results(typed, answer.total);
}

/** A link whose text is our sanitized HTML (escaped words, <mark> highlights only). */
function link(href: string, html: string, attr: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.innerHTML = html;
	a.setAttribute(attr, '');
	return a;
}

function excerpt(html: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'kb-excerpt';
	p.innerHTML = html;
	return p;
}

/** One page: its title link, excerpt, and the matching sections under it. */
export function renderHit(hit: SearchHit, headingLevel: 'h2' | 'div'): HTMLElement {
	const item = document.createElement('li');
	item.className = 'kb-hit';
	const heading = document.createElement(headingLevel);
	heading.className = 'kb-hit-title';
	heading.append(link(hit.url, hit.titleHtml, 'data-search-result'));
	item.append(heading);
	if (hit.excerptHtml) item.append(excerpt(hit.excerptHtml));
	if (hit.sections.length) {
		const list = document.createElement('ul');
		list.className = 'kb-sections';
		for (const s of hit.sections) {
			const li = document.createElement('li');
			li.append(link(s.url, s.titleHtml, 'data-search-section'), excerpt(s.excerptHtml));
			list.append(li);
		}
		item.append(list);
	}
	if (hit.more) later(item, hit.more, headingLevel);
	return item;
}

/** How near the viewport a listed result must come to load its excerpt. */
const APPROACH = '0px 0px 100px 0px';

/** Fills in a result listed from the page table once it nears the viewport. */
function later(item: HTMLElement, more: () => Promise<SearchHit>, headingLevel: 'h2' | 'div'): void {
	item.dataset.searchPending = '';
	const observer = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		observer.disconnect();
		more().then(
			(hit) => item.replaceChildren(...renderHit(hit, headingLevel).childNodes),
			(e) => console.warn(e),
		).finally(() => delete item.dataset.searchPending);
	}, { rootMargin: APPROACH });
	observer.observe(item);
}
