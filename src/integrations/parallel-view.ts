import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** `/parallel/<topic>/`: one page per topic with each section in Japanese and English side by side. */
export function parallelView(): AstroIntegration {
	return {
		name: 'kb:parallel-view',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/parallel/[slug]', entrypoint: fileURLToPath(new URL('../reading/parallel-page.astro', import.meta.url)), prerender: true });
			},
		},
	};
}
