import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { langs, localePath } from '../config/locales.ts';
import { loadLinks } from '../links/index.ts';

const route = (name: string) => fileURLToPath(new URL(`../links/routes/${name}`, import.meta.url));

/**
 * Static redirect pages: `/s/<code>/` and `/en/s/<code>/` for every short link in the manifest, and
 * the old URLs of pages the manifest records as moved.
 */
export function shortLinks(): AstroIntegration {
	return {
		name: 'kb:short-links',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				// `lang` is empty for the root locale, `en` for English.
				injectRoute({ pattern: '/[...lang]/s/[code]', entrypoint: route('short-link.astro'), prerender: true });
				const { manifest } = loadLinks(fileURLToPath(config.root));
				for (const from of Object.keys(manifest.moved)) {
					const slug = from.replace(/^\/|\/$/g, '');
					for (const lang of langs) injectRoute({ pattern: localePath(lang, slug), entrypoint: route('moved-page.astro'), prerender: true });
				}
			},
		},
	};
}
