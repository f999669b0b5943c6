// The link table for the generated pages, computed once per build. The build runs from the project
// root (npm scripts, tests), where content/ and the manifest live.
import { loadLinks } from './index.ts';
import { linkTable, type LinkTable } from './short-links.ts';

let table: LinkTable | undefined;

export function buildLinkTable(): LinkTable {
	if (!table) {
		const { pages, manifest } = loadLinks(process.cwd());
		table = linkTable(manifest, pages);
	}
	return table;
}
