// Japanese line breaks between phrases, not inside words: BudouX (its Japanese model) finds the
// phrase boundaries at build time and each becomes a <wbr>; src/styles/line-breaks.css then stops
// the browser from breaking anywhere else in those elements. A <wbr> has no text, so search
// (src/search/extract.ts), copied text and heading ids see the same words as before.
import { loadDefaultJapaneseParser } from 'budoux';
import { parse, ELEMENT_NODE } from 'ultrahtml';

const parser = loadDefaultJapaneseParser();

interface Node { type: number; name?: string; attributes?: Record<string, string>; children?: Node[]; loc?: { start: number; end: number }[] }

/** Japanese letters, and Japanese punctuation and full-width forms (「」（）；：), which decide breaks too. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f]/;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (s: string) =>
	s.replace(ENTITY, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e.toLowerCase()]));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Inside a BudouX phrase, a line may still break after Japanese punctuation or before an opening
 * bracket (「契約；Bradshaw」, 「2,000万倍（未知の」): those become phrase boundaries of their own, so
 * the browser breaks there rather than anywhere keep-all happens to allow.
 */
const PUNCTUATION_BOUNDARY = /(?<=[、。，；：！？）」』】・])(?=[^、。，；：！？）」』】・])|(?<=[^（「『【])(?=[（「『【])/u;

/**
 * Every text already broken, by its HTML. Every page repeats the sidebar and the header, so that most
 * texts recur on every page: without this, BudouX ran on the whole sidebar once per page, and the
 * step grew with pages × topics (11 ms a page at 7 topics, 212 ms at 700).
 */
const broken = new Map<string, string>();

/** Text (as HTML) with a <wbr> at each phrase boundary; text without Japanese comes back as it was. */
export function phraseBreaks(html: string): string {
	const known = broken.get(html);
	if (known !== undefined) return known;
	const text = decode(html);
	if (!JAPANESE.test(text)) {
		broken.set(html, html);
		return html;
	}
	const html2 = parser
		.parse(text)
		.flatMap((phrase) => phrase.split(PUNCTUATION_BOUNDARY))
		.map(escape)
		.join('<wbr>');
	// Text that starts with an opening bracket begins a phrase, and text that ends with punctuation
	// ends one, even where a link or a marker comes next.
	const result = `${/^[（「『【]/.test(text) ? '<wbr>' : ''}${html2}${/[、。，；：！？）」』】・]$/.test(text) ? '<wbr>' : ''}`;
	broken.set(html, result);
	return result;
}

const hasClass = (n: Node, cls: string) => (n.attributes?.class ?? '').split(/\s+/).includes(cls);
const within = (ancestors: Node[], test: (n: Node) => boolean) => ancestors.some(test);

/**
 * Where phrases matter: short lines a reader scans (titles, headings, the sidebar, the table of
 * contents, home-page card titles, table headers and cells, slide-kit cards). Prose, card descriptions
 * included, is left to the browser.
 */
const TARGETS: ((el: Node, ancestors: Node[]) => boolean)[] = [
	(el) => /^h[1-4]$/.test(el.name!) || el.name === 'th' || el.name === 'td',
	(el) => hasClass(el, 'site-title') || hasClass(el, 'kb-slide-card-title'),
	(el, up) => el.name === 'a' && within(up, (a) => hasClass(a, 'sidebar-content') || a.name === 'starlight-toc' || a.name === 'mobile-starlight-toc'),
	(el, up) => hasClass(el, 'title') && within(up, (a) => hasClass(a, 'sl-link-card')),
];

/** Elements whose text is not words to break: code, icons, scripts. */
const OPAQUE = new Set(['code', 'kbd', 'svg', 'script', 'style', 'template']);

function breakInner(inner: string): string {
	let opaque = 0;
	return inner
		.split(/(<[^>]*>)/)
		.map((part) => {
			const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
			if (tag) {
				if (OPAQUE.has(tag[2].toLowerCase()) && !part.endsWith('/>')) opaque += tag[1] ? -1 : 1;
				return part;
			}
			return opaque > 0 || part.startsWith('<') ? part : phraseBreaks(part);
		})
		.join('');
}

/** A built Japanese page with phrase breaks in its targets; other pages come back unchanged. */
export function breakPhrases(html: string): string {
	if (!/<html[^>]*\slang="ja"/.test(html)) return html;
	const ranges: { start: number; end: number }[] = [];
	const visit = (node: Node, ancestors: Node[]) => {
		if (node.type === ELEMENT_NODE) {
			if (OPAQUE.has(node.name!)) return;
			const [open, close] = node.loc ?? [];
			if (open && close && close.start > open.end && TARGETS.some((t) => t(node, ancestors))) {
				ranges.push({ start: open.end, end: close.start });
				return;
			}
		}
		for (const child of node.children ?? []) visit(child, node.type === ELEMENT_NODE ? [...ancestors, node] : ancestors);
	};
	visit(parse(html) as Node, []);
	// One pass, in order: splicing each range into the whole page copied the page once per range,
	// which the sidebar (one range per topic) made pages × topics × page size.
	const parts: string[] = [];
	let at = 0;
	for (const { start, end } of ranges.sort((a, b) => a.start - b.start)) {
		parts.push(html.slice(at, start), breakInner(html.slice(start, end)));
		at = end;
	}
	parts.push(html.slice(at));
	return parts.join('');
}
