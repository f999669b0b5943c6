import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../data/load.ts';
import { buildSearchIndex } from '../search/index-builder.ts';

/** Builds the kuromoji-tokenized Pagefind index and the query lexicon after every build. */
export function searchIndex(): AstroIntegration {
	let base = '/';
	let root = '';
	return {
		name: 'kb:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const glossary = loadGlossary(root).map((t) => ({ ja: String(t.ja), en: String(t.en), aliases: (t.aliases as string[]) ?? [] }));
				const stats = await buildSearchIndex({
					dir: fileURLToPath(dir),
					base,
					glossary,
					exclude: (path) => path === '404.html' || /(^|\/)search\/index\.html$/.test(path),
				});
				logger.info(`indexed ${stats.pages} pages (${stats.japaneseTokens} Japanese tokens, lexicon ${stats.lexiconWords} words, ${stats.lexiconBytes} bytes) in ${stats.ms} ms`);
			},
		},
	};
}
