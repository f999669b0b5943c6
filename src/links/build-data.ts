// The link table for the generated pages, computed once per build (and afresh on every request in
// `astro dev`, where content changes). Astro runs from the project root, where content/ and the
// manifest live.
import { loadLinks } from './index.ts';
import { linkTable, type LinkTable } from './short-links.ts';

let table: LinkTable | undefined;

export function buildLinkTable(): LinkTable {
	if (!table || import.meta.env.DEV) {
		const { pages, manifest } = loadLinks(process.cwd());
		table = linkTable(manifest, pages);
	}
	return table;
}
