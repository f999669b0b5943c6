import { localePath, type Lang } from '../config/locales.ts';

/** A site path with the deployment base in front: `/kb/en/introspection/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return base.replace(/\/$/, '') + path;
}

/** The URL of a page in a language, base included. */
export function pageHref(lang: Lang, slug: string): string {
	return withBase(localePath(lang, slug));
}

/** Content collection id of a page: `introspection` (ja) or `en/introspection`. */
export function entryId(lang: Lang, slug: string): string {
	return lang === 'ja' ? slug : `${lang}/${slug}`;
}
