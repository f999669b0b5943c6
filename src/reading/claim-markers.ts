// Build time: an evidence marker, written in MDX as <Claim source="talk">…</Claim>, becomes a link
// with `data-claim="unverified"` and `data-claim-source="<id>"` around the claim, numbered on the
// page (`#claim-3`), described by a card that says which discussion the claim rests on and that no
// primary source confirmed it. Without JavaScript the marker is a link to that discussion on the
// sources page; term-cards-client.ts shows the card on hover, focus and tap, as for terms.
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';
import { localePath, type Lang } from '../config/locales.ts';
import { loadDiscussions } from '../data/load.ts';
import { discussion, type Discussion } from '../schemas/discussion.ts';
import { topicOf } from './term-links.ts';

/** The MDX component name that marks a claim. */
export const CLAIM_TAG = 'Claim';

export const claimText = {
	ja: {
		card: (d: Discussion) => `この記述の根拠は、${d.ja}だけです。一次資料では確かめられていません。`,
		more: '根拠の示し方',
	},
	en: {
		card: (d: Discussion) => `This rests only on ${d.en}, one of the discussions this site starts from. No primary source was found that confirms it.`,
		more: 'How claims are marked',
	},
} as const;

export const claimCardId = (source: string) => `claim-card-${source}`;
/** The sources page's section that states the policy and counts the marked claims. */
export const CLAIMS_SECTION = 'unverified-claims';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): Text => ({ type: 'text', value });

export function claimCard(d: Discussion, lang: Lang, href: string): Element {
	return el('div', { id: claimCardId(d.id), className: ['claim-card'], dataClaimCard: d.id, role: 'tooltip', hidden: true, dataPagefindIgnore: '' }, [
		el('p', {}, [txt(claimText[lang].card(d))]),
		// Out of the Tab order, as on term cards: the marker itself leads to the same page.
		el('p', { className: ['claim-card-more'] }, [el('a', { href, tabIndex: -1 }, [txt(claimText[lang].more)])]),
	]);
}

let discussions: Map<string, Discussion> | undefined;
export function discussionsById(root = process.cwd()): Map<string, Discussion> {
	discussions ??= new Map(loadDiscussions(root).map((raw) => {
		const d = discussion.parse(raw);
		return [d.id, d] as const;
	}));
	return discussions;
}

/** The `source` attribute of a <Claim> node, as MDX parsed it. */
export function claimSource(node: { attributes: { type: string; name?: string; value?: unknown }[] }): string | undefined {
	const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source');
	return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The hast step (a Sätteri plugin factory); runs before term links, so no term is linked inside a claim. */
export function claimMarkers(base: string, root = process.cwd()) {
	const prefix = base.replace(/\/$/, '');
	return (factory: PluginFactoryContext) => {
		const page = factory.fileURL && topicOf(fileURLToPath(factory.fileURL));
		if (!page) return null;
		const file = fileURLToPath(factory.fileURL!);
		const sources = `${prefix}${localePath(page.lang, 'sources')}`;
		let count = 0;
		const used: string[] = [];
		return defineHastPlugin({
			name: 'kb-claim-markers',
			mdxJsxTextElement: {
				filter: [CLAIM_TAG],
				visit(node, ctx) {
					const id = claimSource(node);
					const d = id ? discussionsById(root).get(id) : undefined;
					if (!d) throw new Error(`${file}: <${CLAIM_TAG}> needs source="…" naming one of ${[...discussionsById(root).keys()].join(', ')} (src/data/discussions.yaml); got ${JSON.stringify(id)}`);
					count += 1;
					if (!used.includes(d.id)) used.push(d.id);
					ctx.replaceNode(node, el('a', {
						id: `claim-${count}`,
						href: `${sources}#discussion-${d.id}`,
						className: ['claim'],
						dataClaim: 'unverified',
						dataClaimSource: d.id,
						ariaDescribedBy: claimCardId(d.id),
					}, node.children as ElementContent[]));
				},
			},
			after(tree, ctx) {
				if (!used.length) return;
				const cards = used.map((id) => claimCard(discussionsById(root).get(id)!, page.lang, `${sources}#${CLAIMS_SECTION}`));
				ctx.appendChild(tree, el('div', { className: ['claim-cards'], dataPagefindIgnore: '' }, cards));
			},
		});
	};
}
