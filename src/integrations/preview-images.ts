import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** `/og/<lang>/<slug>.png`: a 1200×630 link-preview image per page, drawn at build time. */
export function previewImages(): AstroIntegration {
	return {
		name: 'kb:preview-images',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/og/[...image].png', entrypoint: fileURLToPath(new URL('../links/routes/preview-image.ts', import.meta.url)), prerender: true });
			},
		},
	};
}
