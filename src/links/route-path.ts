import { langs, localeDirs, type Lang } from '../config/locales.ts';

/**
 * A built page's language and language-neutral slug from its URL path (base included):
 * `/kb/en/introspection/` → `{ lang: 'en', slug: 'introspection' }`.
 */
export function routeOf(pathname: string, base: string): { lang: Lang; slug: string } {
	const prefix = base.replace(/\/$/, '');
	const rest = (pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname).replace(/^\/|\/$/g, '');
	const [first, ...tail] = rest.split('/');
	const lang = langs.find((l) => localeDirs[l] && localeDirs[l] === first);
	return lang ? { lang, slug: tail.join('/') } : { lang: 'ja', slug: rest };
}
