import type { AstroIntegration } from 'astro';
import { isPlaceholderSite, placeholderWarning } from '../config/site.ts';

/**
 * Says loudly, at the start of a build and again in its last lines, when SITE was not set: a
 * speaker who prints this build's QR codes would hand out dead links. Registered last, so its
 * closing warning follows every other integration's output.
 */
export function placeholderSite(): AstroIntegration {
	let placeholder = false;
	const warn = (logger: { warn(message: string): void }) => {
		for (const line of placeholderWarning) logger.warn(line);
	};
	return {
		name: 'kb:placeholder-site',
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				placeholder = isPlaceholderSite(config.site);
				if (placeholder) warn(logger);
			},
			'astro:build:done': ({ logger }) => {
				if (placeholder) warn(logger);
			},
		},
	};
}
