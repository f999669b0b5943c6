// The web app manifests that make the site installable: one per language, so that the app installed
// from an English page opens in English. Both cover the whole site (scope: the base).
import { localePath, type Lang } from '../config/locales.ts';
import { APPLE_TOUCH_ICON, BRAND, iconFiles } from './icons.ts';
import { strings } from './strings.ts';

/** Where a language's manifest is served, relative to the base: `manifest.webmanifest`, `en/manifest.webmanifest`. */
export const manifestPath = (lang: Lang) => `${localePath(lang).slice(1)}manifest.webmanifest`;

export function webManifest(lang: Lang, base: string) {
	const root = base.replace(/\/?$/, '/');
	const start = root + localePath(lang).slice(1);
	const t = strings[lang];
	return {
		id: start,
		name: t.appName,
		short_name: t.appShortName,
		description: t.appDescription,
		lang,
		start_url: start,
		scope: root,
		display: 'standalone',
		background_color: '#17181c',
		theme_color: BRAND,
		icons: Object.entries(iconFiles)
			.filter(([path]) => path !== APPLE_TOUCH_ICON)
			.map(([path, { size, maskable }]) => ({
				src: root + path,
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: maskable ? 'maskable' : 'any',
			})),
	};
}
