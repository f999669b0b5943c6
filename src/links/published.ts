// The pages and section anchors that content/ publishes right now, grouped by language-neutral path,
// as the manifest sees them. Built from the content checks' page reader, so messages can name the
// file and line of a heading.
import { localePath, type Lang } from '../config/locales.ts';
import type { Page } from '../content-checks/read-pages.ts';

export interface PublishedPage {
	/** Language-neutral path (the root-locale URL): `/introspection/`. */
	path: string;
	slug: string;
	/** The page in each language that has it. */
	byLang: Partial<Record<Lang, Page>>;
	/** The file to name in messages: the root-locale page, or any translation. */
	file: string;
	/** `##`/`###` section ids in page order, with the line of the heading in `file`. */
	anchors: Map<string, number>;
}

/** Depth of the headings that are sections: the ones every page must give an id. */
export const SECTION_DEPTHS = [2, 3];

export function publishedPages(pages: Page[]): Map<string, PublishedPage> {
	const out = new Map<string, PublishedPage>();
	// Root-locale pages first, so the manifest lists pages and sections in the authors' order.
	const ordered = [...pages].sort((a, b) => Number(a.lang !== 'ja') - Number(b.lang !== 'ja'));
	for (const page of ordered) {
		const path = localePath('ja', page.slug);
		let entry = out.get(path);
		if (!entry) {
			entry = { path, slug: page.slug, byLang: {}, file: page.file, anchors: new Map() };
			out.set(path, entry);
		}
		entry.byLang[page.lang] = page;
		for (const h of page.headings) {
			if (h.id && SECTION_DEPTHS.includes(h.depth) && !entry.anchors.has(h.id)) {
				entry.anchors.set(h.id, entry.file === page.file ? h.line : 0);
			}
		}
	}
	return out;
}
