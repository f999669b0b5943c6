import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteHistory } from '../history/site.ts';

const route = (file: string) => fileURLToPath(new URL(`../history/routes/${file}`, import.meta.url));

/**
 * Section history from git: per-language Atom feeds, `/changes/` (what changed since a day) and
 * `/translation-status/`; topic pages take their dates from the same history. The build log says how
 * long reading history took, or that dates are unknown (no git, a shallow clone): never a failure.
 */
export function sectionHistory(): AstroIntegration {
	return {
		name: 'kb:section-history',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/[...lang]/feed.xml', entrypoint: route('feed.ts'), prerender: true });
				injectRoute({ pattern: '/[...lang]/changes', entrypoint: route('changes.astro'), prerender: true });
				injectRoute({ pattern: '/[...lang]/translation-status', entrypoint: route('translation-status.astro'), prerender: true });
			},
			'astro:build:start': ({ logger }) => {
				const h = siteHistory();
				if (h.known) logger.info(`section history: ${h.commits} commits, ${h.files} content files in ${Math.round(h.ms)} ms`);
				else logger.info(`section history: change dates are unknown (${h.reason}); pages show no dates and no translation notices`);
			},
		},
	};
}
