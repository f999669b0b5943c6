import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblems, runContentChecks } from '../content-checks/index.ts';

/**
 * Stops the build before anything is written when content is wrong (missing translation, broken
 * link or anchor, bad frontmatter, personal data), naming the file and line of each problem, and
 * removes the output directory so that no earlier build passes for this one.
 */
export function contentChecks(): AstroIntegration {
	return {
		name: 'kb:content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const problems = runContentChecks(fileURLToPath(config.root));
				if (problems.length) {
					// A dist/ left from an earlier build would look like this one's output.
					rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
					throw new Error(`Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
				}
				logger.info('content checks passed');
			},
		},
	};
}
