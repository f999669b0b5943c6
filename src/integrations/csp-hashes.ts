import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completePolicy } from '../security/csp-hashes.ts';
import { basePolicy } from '../config/csp.ts';

/**
 * After the build, gives every HTML page the hashes of the inline scripts and style attributes
 * it was built with (Astro's `security.csp` covers only what it bundles). Listed last in
 * astro.config.mjs so that it also sees pages other integrations write.
 */
export function cspHashes(): AstroIntegration {
	return {
		name: 'kb:csp-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				for (const file of files) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const done = completePolicy(html, basePolicy);
					if (done !== html) await writeFile(path, done);
				}
				logger.info(`content security policy completed on ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
