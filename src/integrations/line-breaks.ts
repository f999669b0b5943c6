import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakPhrases } from '../line-breaks/phrases.ts';

/**
 * Marks phrase boundaries in Japanese titles, headings, navigation and table headers of every built
 * page (src/line-breaks/phrases.ts). Runs before the search index and the CSP hashes so both see
 * the final pages; `astro dev` shows pages without the marks (the browser's own breaks).
 */
export function lineBreaks(): AstroIntegration {
	return {
		name: 'kb:line-breaks',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				let changed = 0;
				for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = readFileSync(file, 'utf8');
					const broken = breakPhrases(html);
					if (broken !== html) {
						writeFileSync(file, broken);
						changed++;
					}
				}
				logger.info(`phrase breaks in ${changed} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
