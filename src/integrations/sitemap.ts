import sitemap from '@astrojs/sitemap';
import { langs, locales } from '../config/locales.ts';
import { readManifest } from '../links/manifest.ts';

/**
 * Starlight's sitemap (it steps aside when one is configured) with the same language alternates,
 * minus redirect pages (short links and the old URLs of moved pages are not pages to index) and the
 * side-by-side views, which repeat the two language pages, and the offline-miss pages (only the
 * service worker shows them).
 */
export function kbSitemap() {
	const moved = Object.keys(readManifest(process.cwd()).moved);
	const redirect = new RegExp(`/(${langs.filter((l) => l !== 'ja').join('|')}/)?(s/[^/]+|${moved.map((m) => m.replace(/^\/|\/$/g, '')).join('|') || '(?!)'})/$`);
	return sitemap({
		i18n: { defaultLocale: 'root', locales: Object.fromEntries(Object.entries(locales).map(([key, l]) => [key, l.lang])) },
		filter: (page) => !redirect.test(new URL(page).pathname) && !/\/parallel\/|\/offline\/missing\/$/.test(new URL(page).pathname),
	});
}
