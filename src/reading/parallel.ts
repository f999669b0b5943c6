// Build time: pairs a topic's Japanese and English content section by section for the
// side-by-side page (/parallel/<slug>/). Both languages share their section ids (the content checks
// insist), so a section is the run of content from one `##`/`###` heading to the next.
import { parse, renderSync, walkSync, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import type { Lang } from '../config/locales.ts';

/** The text before the first heading: a section of its own, under this id. */
export const SUMMARY_ID = 'summary';

/** One section in both languages, as HTML ready to place in the page. */
export interface ParallelSection { id: string; depth: number; html: Record<Lang, string> }

/** Pairs the sections of the two languages by id; they must be the same ids in the same order. */
export function pairSections(slug: string, ja: string, en: string): { sections: ParallelSection[]; cards: string } {
	const a = splitSections(ja, 'ja');
	const b = splitSections(en, 'en');
	const ids = (x: typeof a) => x.sections.map((s) => s.id).join(' ');
	if (ids(a) !== ids(b)) throw new Error(`side-by-side view of ${slug}: the Japanese and English sections differ:\n  ja: ${ids(a)}\n  en: ${ids(b)}`);
	return { sections: a.sections.map((s, i) => ({ id: s.id, depth: s.depth, html: { ja: s.html, en: b.sections[i].html } })), cards: a.cards + b.cards };
}

type Node = ElementNode | { type: number; value?: string; parent?: Node };

/** ultrahtml writes every attribute with a value; boolean ones read better (and validate) bare. */
const render = (n: Node) => renderSync(n as ElementNode).replace(/ hidden=""/g, ' hidden');

const isEl = (n: Node, name?: string): n is ElementNode => n.type === ELEMENT_NODE && (!name || (n as ElementNode).name === name);
const classes = (n: ElementNode) => (n.attributes.class ?? '').split(/\s+/);

/** The `h2`/`h3` a top-level node is or wraps (Starlight wraps headings with their link button). */
function headingOf(n: Node): ElementNode | undefined {
	if (!isEl(n)) return undefined;
	if (/^h[23]$/.test(n.name)) return n;
	if (classes(n).includes('sl-heading-wrapper')) return n.children.find((c: Node) => isEl(c) && /^h[23]$/.test(c.name)) as ElementNode | undefined;
	return undefined;
}

/**
 * Cuts one language's rendered content into sections. Ids inside it become unique on a page that
 * holds both languages: headings give theirs to the section element, and term cards (with the
 * links that point to them) and evidence markers and their cards get the language in front
 * (`ja-term-card-layer`, `en-claim-2`, `en-claim-card-talk`).
 */
export function splitSections(html: string, lang: Lang): { sections: { id: string; depth: number; html: string }[]; cards: string } {
	const doc = parse(html);
	const sections: { id: string; depth: number; nodes: Node[] }[] = [{ id: SUMMARY_ID, depth: 2, nodes: [] }];
	const cards: Node[] = [];
	for (const node of doc.children as Node[]) {
		const heading = headingOf(node);
		if (heading) {
			const id = heading.attributes.id;
			if (!id) throw new Error(`side-by-side view (${lang}): heading "${renderSync(heading)}" has no id`);
			sections.push({ id, depth: Number(heading.name[1]), nodes: [node] });
		} else if (isEl(node, 'div') && (classes(node).includes('term-cards') || classes(node).includes('claim-cards'))) {
			cards.push(node);
		} else {
			sections[sections.length - 1].nodes.push(node);
		}
	}
	walkSync(doc, (n: Node) => {
		if (!isEl(n)) return;
		if (/^h[1-6]$/.test(n.name)) delete n.attributes.id;
		if (/^(term|claim)-card-/.test(n.attributes['aria-describedby'] ?? '')) n.attributes['aria-describedby'] = `${lang}-${n.attributes['aria-describedby']}`;
		if (/^(term-card|claim)-/.test(n.attributes.id ?? '')) n.attributes.id = `${lang}-${n.attributes.id}`;
	});
	const rendered = sections.map((s) => ({ id: s.id, depth: s.depth, html: s.nodes.map(render).join('').trim() }));
	return { sections: rendered.filter((s) => s.id !== SUMMARY_ID || s.html), cards: cards.map(render).join('') };
}
