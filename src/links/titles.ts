// Page and section titles as the site renders them, in each language, for redirect pages and slide
// kits. Uses the content collection, so headings read as on the page (no Markdown, no {#id}).
import { getCollection, render } from 'astro:content';
import { langs, localeDirs, type Lang } from '../config/locales.ts';

export interface PageTitles {
	title: string;
	description: string;
	/** Section id → heading text, for `##` and `###` headings, in page order. */
	sections: Map<string, { text: string; depth: number }>;
}

let cache: Promise<Map<string, PageTitles>> | undefined;

/** Key of a page in the title map: `en:introspection`; the home page has slug ''. */
export const titleKey = (lang: Lang, slug: string) => `${lang}:${slug}`;

/** Collection id → language and slug: `en/introspection`, `introspection`, `index` and `en` (homes). */
function slugOf(id: string): { lang: Lang; slug: string } {
	const [first, ...rest] = id.split('/');
	const lang = langs.find((l) => localeDirs[l] && localeDirs[l] === first);
	const path = lang ? rest.join('/') : id;
	return { lang: lang ?? 'ja', slug: path.replace(/(^|\/)index$/, '') };
}

export function pageTitles(): Promise<Map<string, PageTitles>> {
	cache ??= (async () => {
		const map = new Map<string, PageTitles>();
		for (const entry of await getCollection('docs')) {
			const { headings } = await render(entry);
			const { lang, slug } = slugOf(entry.id);
			map.set(titleKey(lang, slug), {
				title: entry.data.title,
				description: entry.data.description ?? '',
				sections: new Map(headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => [h.slug, { text: h.text, depth: h.depth }])),
			});
		}
		return map;
	})();
	return cache;
}
