// Build time: each body cell of a Markdown table carries its column's header text (`data-label`),
// so that on a phone, where src/styles/phone-tables.css lays each row out as a block, every cell
// shows what it is. The header row stays in the page for screen readers and wide screens.
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';

const textOf = (n: ElementContent): string => (n.type === 'text' ? n.value : 'children' in n ? (n.children as ElementContent[]).map(textOf).join('') : '');
const elements = (n: { children?: unknown[] }) => ((n.children ?? []) as ElementContent[]).filter((c): c is Element => c.type === 'element');

/** A plain copy of a hast subtree (the visitor's nodes are read-only views). */
function copyNode(n: ElementContent): ElementContent {
	if (n.type === 'element') return { type: 'element', tagName: n.tagName, properties: { ...n.properties }, children: n.children.map(copyNode) };
	if ('children' in n) return { ...n, children: (n.children as ElementContent[]).map(copyNode) } as ElementContent;
	return { ...n } as ElementContent;
}

/** The table with `data-label` on each `td`, from the `th` of its column; a table without a header row is left alone. */
export function labelCells(table: Element): Element {
	const copy = copyNode(table) as Element;
	const sections = elements(copy);
	const head = sections.find((s) => s.tagName === 'thead');
	const headerRow = head && elements(head).find((r) => r.tagName === 'tr');
	if (!headerRow) return copy;
	const labels = elements(headerRow).map((th) => textOf(th).trim());
	copy.properties = { ...copy.properties, dataStack: '' };
	for (const body of sections.filter((s) => s.tagName === 'tbody')) {
		for (const row of elements(body).filter((r) => r.tagName === 'tr')) {
			elements(row).forEach((cell, i) => {
				if (labels[i]) cell.properties = { ...cell.properties, dataLabel: labels[i] };
			});
		}
	}
	return copy;
}

/** The hast step (a Sätteri plugin): every table of every Markdown page. */
export function tableLabels() {
	return defineHastPlugin({
		name: 'kb-table-labels',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				ctx.replaceNode(node, labelCells(node as Element));
			},
		},
	});
}
