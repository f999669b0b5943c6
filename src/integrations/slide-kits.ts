import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** `/slides/<topic>/` and `/en/slides/<topic>/`: short links and QR codes of every section. */
export function slideKits(): AstroIntegration {
	return {
		name: 'kb:slide-kits',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/[...lang]/slides/[slug]', entrypoint: fileURLToPath(new URL('../links/routes/slide-kit.astro', import.meta.url)), prerender: true });
			},
		},
	};
}
