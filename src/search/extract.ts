// Build time: reads a built Starlight page and returns what search should know of it: language,
// title and the text of each section under its heading id.
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';

export interface Section { id: string | null; heading: string; text: string }
export interface ExtractedPage { lang: string; title: string; sections: Section[] }

interface Node { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] }

const BLOCK = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'div', 'section', 'blockquote', 'pre', 'figcaption', 'br', 'ul', 'ol', 'dl', 'table']);
const SKIP = new Set(['script', 'style', 'template', 'svg', 'button', 'nav', 'noscript']);

const decode = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
		if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
		return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[e.toLowerCase()];
	});

function find(node: Node, test: (n: Node) => boolean): Node | undefined {
	if (test(node)) return node;
	for (const c of node.children ?? []) {
		const hit = find(c, test);
		if (hit) return hit;
	}
}

const hasClass = (n: Node, cls: string) => n.type === ELEMENT_NODE && (n.attributes?.class ?? '').split(/\s+/).includes(cls);

function textOf(node: Node): string {
	if (node.type === TEXT_NODE) return decode(node.value ?? '');
	if (node.type !== ELEMENT_NODE || SKIP.has(node.name!) || hasClass(node, 'sl-anchor-link') || node.attributes?.['data-pagefind-ignore'] !== undefined) return '';
	const inner = (node.children ?? []).map(textOf).join('');
	// Card titles and descriptions are spans, but read as separate lines.
	const blockish = BLOCK.has(node.name!) || hasClass(node, 'title') || hasClass(node, 'description');
	return blockish ? `\n${inner}\n` : inner;
}

const tidy = (s: string) => s.replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

/** The page's searchable sections; the text before the first heading is a section without id. */
export function extractPage(html: string): ExtractedPage | null {
	const doc = parse(html) as Node;
	const htmlEl = find(doc, (n) => n.type === ELEMENT_NODE && n.name === 'html');
	const content = find(doc, (n) => hasClass(n, 'sl-markdown-content'));
	const h1 = find(doc, (n) => n.type === ELEMENT_NODE && n.name === 'h1');
	if (!htmlEl || !content || !h1) return null;
	const sections: Section[] = [{ id: null, heading: '', text: '' }];
	const visit = (node: Node) => {
		// Term cards (src/reading/term-links.ts) and other page furniture are not the page's text.
		if (node.type === ELEMENT_NODE && node.attributes?.['data-pagefind-ignore'] !== undefined) return;
		if (node.type === ELEMENT_NODE && (node.name === 'h2' || node.name === 'h3')) {
			sections.push({ id: node.attributes?.id ?? null, heading: tidy(textOf(node)), text: '' });
			return;
		}
		if (node.type === ELEMENT_NODE && (hasClass(node, 'sl-heading-wrapper') || node.name === 'section' || node.name === 'div')) {
			for (const c of node.children ?? []) visit(c);
			return;
		}
		sections[sections.length - 1].text += textOf(node);
	};
	for (const c of content.children ?? []) visit(c);
	return {
		lang: htmlEl.attributes?.lang ?? 'en',
		title: tidy(textOf(h1)),
		sections: sections.map((s) => ({ ...s, text: tidy(s.text) })).filter((s) => s.heading || s.text),
	};
}
