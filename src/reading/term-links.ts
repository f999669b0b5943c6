// Build time: in a topic page, the first use of a glossary term in each section becomes a link to
// its glossary entry, described by a card (both forms, reading, definition) that the page carries
// once per term. Without JavaScript the link is an ordinary link; term-cards-client.ts shows the
// card on hover, focus and tap.
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Parents, Text } from 'hast';
import { localePath, type Lang } from '../config/locales.ts';
import { topicSlugs } from '../config/topics.ts';
import { loadGlossary } from '../data/load.ts';
import { glossaryTerm, type GlossaryTerm } from '../schemas/glossary.ts';
import { readingOf } from './readings.ts';
import { termMatcher } from './term-matcher.ts';

/** Text inside these is never linked: it is a heading, a link already, code, or not prose. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'button', 'figcaption']);
/** Sections that list sources: titles there are citations, not uses of a term. */
const SKIP_SECTIONS = new Set(['sources']);

export const cardText = {
	ja: { more: '用語集で見る', reading: '読み' },
	en: { more: 'See the glossary', reading: 'Reading' },
} as const;

/** `content/en/introspection.mdx` → { lang: 'en', slug: 'introspection' }; other files → undefined. */
export function topicOf(file: string): { lang: Lang; slug: string } | undefined {
	const m = /(?:^|[\\/])content[\\/](?:(en)[\\/])?([^\\/]+)\.mdx?$/.exec(file);
	if (!m || !(topicSlugs as readonly string[]).includes(m[2])) return undefined;
	return { lang: m[1] ? 'en' : 'ja', slug: m[2] };
}

export const cardId = (id: string) => `term-card-${id}`;

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): Text => ({ type: 'text', value });

/** The card of one term, in the page's language first. */
export function termCard(t: GlossaryTerm, reading: string | undefined, lang: Lang, href: string): Element {
	const names = lang === 'ja' ? [el('span', { lang: 'ja' }, [txt(t.ja)]), txt(' '), el('span', { lang: 'en' }, [txt(t.en)])] : [el('span', { lang: 'en' }, [txt(t.en)]), txt(' '), el('span', { lang: 'ja' }, [txt(t.ja)])];
	return el('div', { id: cardId(t.id), className: ['term-card'], dataTermCard: t.id, role: 'tooltip', hidden: true, dataPagefindIgnore: '' }, [
		el('p', { className: ['term-card-names'] }, names),
		...(reading ? [el('p', { className: ['term-card-reading'] }, [el('span', { className: ['sr-only'] }, [txt(`${cardText[lang].reading}${lang === 'ja' ? '：' : ': '}`)]), el('span', { lang: 'ja' }, [txt(reading)])])] : []),
		el('p', { className: ['term-card-def'] }, [txt(lang === 'ja' ? t.ja_def : t.en_def)]),
		// Out of the Tab order: the term itself leads to the same entry, and Tab from the term must go
		// on through the prose, not jump to the card at the end of the page.
		el('p', { className: ['term-card-more'] }, [el('a', { href, tabIndex: -1 }, [txt(cardText[lang].more)])]),
	]);
}

let glossary: Promise<{ terms: Map<string, GlossaryTerm>; readings: Map<string, string | undefined>; match: ReturnType<typeof termMatcher> }> | undefined;
function glossaryWithReadings(root: string) {
	glossary ??= (async () => {
		const terms = new Map(loadGlossary(root).map((raw) => {
			const t = glossaryTerm.parse(raw);
			return [t.id, t] as const;
		}));
		const readings = new Map<string, string | undefined>();
		for (const t of terms.values()) readings.set(t.id, await readingOf(t.ja, t.reading));
		// Built once per build, as the glossary is read once: every page shares it.
		return { terms, readings, match: termMatcher([...terms.values()]) };
	})();
	return glossary;
}

/** The hast step (a Sätteri plugin factory); `base` is the deployment base, as for other links. */
export function termLinks(base: string, root = process.cwd()) {
	const prefix = base.replace(/\/$/, '');
	return (factory: PluginFactoryContext) => {
		const page = factory.fileURL && topicOf(fileURLToPath(factory.fileURL));
		if (!page) return null;
		const href = (id: string) => `${prefix}${localePath(page.lang, 'glossary')}#term-${id}`;
		let data: Awaited<ReturnType<typeof glossaryWithReadings>>;
		let match: ReturnType<typeof termMatcher>;
		let section = '';
		let used = new Set<string>();
		const cards: string[] = [];

		const ancestors = (node: Readonly<Text>, parent: (n: never) => Readonly<Parents> | undefined) => {
			const out: Readonly<Parents>[] = [];
			for (let p = parent(node as never); p && p.type !== 'root'; p = parent(p as never)) out.push(p);
			return out;
		};

		return defineHastPlugin({
			name: 'kb-term-links',
			async before() {
				data = await glossaryWithReadings(root);
				match = data.match;
			},
			text(node, ctx) {
				const up = ancestors(node, ctx.parent.bind(ctx) as never);
				const tags = up.map((p) => (p.type === 'element' ? p.tagName : ''));
				const heading = up.find((p): p is Element => p.type === 'element' && (p.tagName === 'h2' || p.tagName === 'h3'));
				if (heading) {
					const id = String(heading.properties?.id ?? '');
					if (id !== section) {
						section = id;
						used = new Set();
					}
					return;
				}
				if (SKIP_SECTIONS.has(section) || tags.some((t) => SKIP.has(t))) return;
				const found = match(node.value).filter((m) => !used.has(m.id) && (used.add(m.id), true));
				if (!found.length) return;
				const parts: ElementContent[] = [];
				let at = 0;
				for (const m of found) {
					if (m.start > at) parts.push(txt(node.value.slice(at, m.start)));
					parts.push(el('a', { href: href(m.id), className: ['term-link'], dataTerm: m.id, ariaDescribedBy: cardId(m.id) }, [txt(node.value.slice(m.start, m.end))]));
					if (!cards.includes(m.id)) cards.push(m.id);
					at = m.end;
				}
				if (at < node.value.length) parts.push(txt(node.value.slice(at)));
				ctx.replaceNode(node, parts);
			},
			after(tree, ctx) {
				if (!cards.length) return;
				const list = cards.map((id) => termCard(data.terms.get(id)!, data.readings.get(id), page.lang, href(id)));
				ctx.appendChild(tree, el('div', { className: ['term-cards'], dataPagefindIgnore: '' }, list));
			},
		});
	};
}
