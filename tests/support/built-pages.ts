// Every HTML page of a built site, as URL paths, so the checks cover what ships (including pages
// that have no MDX file: search, 404, and whatever integrations add).
import { readFileSync, readdirSync } from 'node:fs';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { join, relative, sep } from 'node:path';

/** URL paths (without base) of the HTML pages in `dir`: `/`, `/en/introspection/`, `/404.html`. */
export function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((p) => !p.startsWith('pagefind/'))
		.map((p) => '/' + p.replace(/(^|\/)index\.html$/, '$1'))
		.sort()
		.filter(oneShortLinkPerLanguage());
}

/**
 * Short-link pages are hundreds of copies of one redirect template that leave at once; the first
 * of each language stands for the rest (tests/browser/deep-links.test.ts follows every one of them).
 */
function oneShortLinkPerLanguage() {
	const seen = new Set<string>();
	return (path: string) => {
		const prefix = /^(\/en)?\/s\//.exec(path)?.[0];
		if (!prefix) return true;
		if (seen.has(prefix)) return false;
		seen.add(prefix);
		return true;
	};
}

/** The built file of a URL path (`/en/introspection/` → dist/en/introspection/index.html). */
export function builtHtml(path: string, dir = 'dist'): string {
	return readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** The <meta> and <link> elements of a built page's head, as a reader of the static HTML sees them. */
export function headElements(html: string): { name: string; attributes: Record<string, string> }[] {
	const found: { name: string; attributes: Record<string, string> }[] = [];
	walkSync(parse(html), (node) => {
		if (node.type === ELEMENT_NODE && (node.name === 'meta' || node.name === 'link') && node.parent?.name === 'head') found.push({ name: node.name, attributes: node.attributes });
	});
	return found;
}
