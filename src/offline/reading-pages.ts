// The pages the offline copy holds: every page of content/ in both languages and the search page
// of each language. Read from the sources, so a page kind that is not content (slide kits, a
// parallel view) is never precached by accident; see precache.ts.
import { langs, localePath } from '../config/locales.ts';
import { readPages } from '../content-checks/read-pages.ts';

/** URL paths without base: `/`, `/en/introspection/`, `/search/`. */
export function readingPages(root: string): string[] {
	return [...readPages(root).map((p) => p.url), ...langs.map((lang) => localePath(lang, 'search'))];
}
