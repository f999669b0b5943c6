import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '../data/load.ts';
import { buildSearchIndex } from '../search/index-builder.ts';
import { referenceSlugs } from '../config/topics.ts';

/**
 * Not searchable: the 404 page, the search pages themselves, pages that only lead elsewhere
 * (short-link and moved-page redirects, slide kits, preview images), and the side-by-side views,
 * which repeat the two language pages.
 */
export const isExcluded = (path: string) =>
	path === '404.html' || /^parallel\//.test(path) || /^(en\/)?(search|s|slides|og|changes|translation-status)\//.test(path) || /(^|\/)search\/index\.html$/.test(path);
/** Home, glossary and sources point to the topics; a topic page is the better answer. */
export const isReference = (path: string) =>
	/^(en\/)?index\.html$/.test(path) || referenceSlugs.some((slug) => new RegExp(`^(en/)?${slug}/index\\.html$`).test(path));

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
				const glossary = loadGlossary(root).map((t) => ({ ja: String(t.ja), en: String(t.en), aliases: (t.aliases as string[]) ?? [], jaVariants: (t.ja_variants as string[]) ?? [], enVariants: (t.en_variants as string[]) ?? [] }));
				const stats = await buildSearchIndex({
					dir: fileURLToPath(dir),
					base,
					glossary,
					exclude: isExcluded,
					isReference,
				});
				logger.info(`indexed ${stats.pages} pages (${stats.japaneseTokens} Japanese tokens, lexicon ${stats.lexiconWords} words, ${stats.lexiconBytes} bytes, readings ${stats.readingsBytes} bytes, spelling variants ${stats.variantsBytes.ja} + ${stats.variantsBytes.en} bytes) in ${stats.ms} ms`);
			},
		},
	};
}
