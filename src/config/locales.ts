/**
 * The site's languages, defined once. Japanese is the default locale and is served at the root;
 * every other locale lives under its key (`/en/`). Starlight's config, the content checks, the
 * search and the tests all import these.
 */
export const locales = {
	root: { label: '日本語', lang: 'ja' },
	en: { label: 'English', lang: 'en' },
} as const;

/** The folder (under `content/`) and URL prefix of each language; '' is the root locale. */
export const localeDirs = { ja: '', en: 'en' } as const;

export type Lang = keyof typeof localeDirs;

export const langs = Object.keys(localeDirs) as Lang[];

/** The URL path of a page slug in a language, without the deployment base: `/en/introspection/`. */
export function localePath(lang: Lang, slug = ''): string {
	const parts = [localeDirs[lang], slug].filter(Boolean);
	return parts.length ? `/${parts.join('/')}/` : '/';
}
