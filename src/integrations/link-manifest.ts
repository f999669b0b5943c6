import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../content-checks/index.ts';
import { runLinkChecks } from '../links/index.ts';

/**
 * Stops the build when a link the manifest has published no longer resolves (a removed page or
 * section id without a `moved`/`retired` mapping), a short code is reused, or content publishes a
 * page or section that has no short link yet. Runs after the content checks.
 */
export function linkManifest(): AstroIntegration {
	return {
		name: 'kb:link-manifest',
		hooks: {
			'astro:config:setup': ({ config, logger, command }) => {
				const problems = runLinkChecks(fileURLToPath(config.root));
				if (problems.length && command === 'dev') {
					// Authors mid-edit keep a running preview; the build and `npm test` still refuse.
					logger.warn(`link manifest check failed:\n${formatProblems(problems)}`);
				} else if (problems.length) {
					throw new Error(`Link manifest check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
				}
				logger.info('link manifest check passed');
			},
		},
	};
}
