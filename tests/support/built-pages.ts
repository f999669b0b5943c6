// Every HTML page of a built site, as URL paths, so the checks cover what ships (including pages
// that have no MDX file: search, 404, and whatever integrations add).
import { readdirSync } from 'node:fs';
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
