// Build time: turns the built pages into the Pagefind index and the browser's lexicon.
// Japanese text is cut into words by our segmenter and handed to Pagefind already spaced, under a
// language code that keeps Pagefind from segmenting it again; English goes in as it is.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { extractPage, type ExtractedPage } from './extract.ts';
import { buildVocabulary, loadTokenizer } from './tokenizer.ts';
import { Lexicon, READINGS_FILE, VARIANTS_FILE, type LexiconData } from './lexicon.ts';
import { glossaryLines, writeLexicon, type GlossaryPair } from './glossary-shards.ts';
import { englishCompounds, englishWords, japaneseVariants, siteTextTester, variantLines } from './variants.ts';
import { tokensForIndex } from './tokens.ts';
import { INDEX_LANGUAGE } from './languages.ts';
import { normalizeText } from './normalize.ts';
import { withFigureWords } from './figures.ts';

export interface IndexOptions {
	/** Pages that gather or point to others (home, glossary, sources), paths relative to dir. */
	isReference?: (path: string) => boolean;
	/** The built site (Astro's outDir). */
	dir: string;
	/** Deployment base, e.g. '/' or '/kb/'. */
	base: string;
	glossary: GlossaryPair[];
	/** Pages (paths relative to dir, e.g. 'search/index.html') not to index. */
	exclude?: (path: string) => boolean;
}
export interface IndexStats {
	pages: number;
	japaneseTokens: number;
	lexiconWords: number;
	lexiconBytes: number;
	/** gzip bytes of the English lexicon. */
	englishLexiconBytes: number;
	readingsBytes: number;
	/** gzip bytes of the spelling-variant tables (VARIANTS_FILE of each language), and their entries per source. */
	variantsBytes: { ja: number; en: number };
	variantCounts: Record<string, number>;
	ms: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The record Pagefind reads: our words, our headings with their ids, the original title as meta. */
/**
 * A topic opens with its summary, which says what the page is about; its closing lists point to
 * other pages. Matches count accordingly (Pagefind's default weight is 1).
 */
function sectionWeight(id: string | null): string {
	if (id === null) return ' data-pagefind-weight="2"';
	if (id === 'related-topics' || id === 'sources') return ' data-pagefind-weight="0.25"';
	return '';
}

function recordHtml(page: ExtractedPage, lang: 'ja' | 'en', words: (s: string) => string): string {
	const body = page.sections
		// One paragraph per block of the page (a list item, a glossary term): Pagefind then ends a
		// block without closing punctuation with "." instead of running it into the next one.
		.map((s) => (s.id ? `<h2 id="${escapeHtml(s.id)}">${escapeHtml(words(s.heading))}</h2>` : '') + s.text.split('\n').map((line) => `<p${sectionWeight(s.id)}>${escapeHtml(words(line))}</p>`).join(''))
		.join('\n');
	// Japanese titles are indexed cut into words, so the title to show travels as meta.
	const titleMeta = lang === 'ja' ? `<meta data-pagefind-meta="title" content="${escapeHtml(page.title)}">` : '';
	return `<!doctype html><html lang="${INDEX_LANGUAGE[lang]}"><head><title>${escapeHtml(page.title)}</title>${titleMeta}</head>`
		+ `<body><main data-pagefind-body><h1>${escapeHtml(words(page.title))}</h1>\n${body}</main></body></html>`;
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length) throw new Error(`Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * A dash written between two words without spaces ("Microsoft–OpenAI") would make Pagefind file
 * them as one word, so that "OpenAI" misses the page: the index gets a space after the dash, and
 * excerpts take it out again (excerpt.ts).
 */
export const splitDashes = (s: string) => s.replace(/(?<=[\p{L}\p{N}])([–—])(?=[\p{L}\p{N}])/gu, '$1 ');

/**
 * English words whose pages Pagefind's stemming may mix with another word's: a word of the site
 * (three letters or more) with a relative (another word sharing its first four letters and all but
 * its last four, more generous than a stemmer, so a word is marked when in doubt: interpretability,
 * interpretation) that is on a page where the word itself (singular or plural) is not. A query without such words finds, by stem, only pages
 * that have its very words, so its ranking needs no page text (client.ts).
 */
export function stemmedWords(texts: string[]): string[] {
	const pagesOf = new Map<string, Set<number>>();
	texts.forEach((text, i) => {
		for (const w of normalizeText(text).toLowerCase().match(/[a-z]{3,}/g) ?? []) (pagesOf.get(w) ?? pagesOf.set(w, new Set()).get(w)!).add(i);
	});
	const singular = (w: string) => w.replace(/(?<=[sxz]|[cs]h)es$|s$/, '');
	const families = new Map<string, Set<number>>();
	for (const [w, on] of pagesOf) {
		const f = families.get(singular(w)) ?? families.set(singular(w), new Set()).get(singular(w))!;
		for (const p of on) f.add(p);
	}
	// Relatives share at least four letters: compare only words with the same first four.
	const byStart = new Map<string, string[]>();
	for (const w of pagesOf.keys()) (byStart.get(w.slice(0, 4)) ?? byStart.set(w.slice(0, 4), []).get(w.slice(0, 4))!).push(w);
	const words: string[] = [];
	for (const group of byStart.values()) {
		for (const w of group) {
			const family = families.get(singular(w))!;
			const mixed = group.some((v) => {
				if (singular(v) === singular(w)) return false;
				let common = 0;
				while (common < Math.min(v.length, w.length) && v[common] === w[common]) common++;
				return common >= Math.max(4, Math.min(v.length, w.length) - 4) && [...pagesOf.get(v)!].some((p) => !family.has(p));
			});
			if (mixed) words.push(w);
		}
	}
	return words.sort();
}

/** The lexicon file the browser fetches for a site language: gzip, as Pagefind's own files are. */
export const lexiconFile = (lang: 'ja' | 'en') => `kb-lexicon.${lang}.bin`;

export async function buildSearchIndex({ dir, base, glossary, exclude, isReference }: IndexOptions): Promise<IndexStats> {
	const started = performance.now();
	const pages: { url: string; page: ExtractedPage; lang: 'ja' | 'en'; kind: string }[] = [];
	for (const file of await htmlFiles(dir)) {
		const path = relative(dir, file).split(sep).join('/');
		if (path.startsWith('pagefind/') || exclude?.(path)) continue;
		const page = extractPage(await readFile(file, 'utf8'));
		if (!page) continue;
		const url = base.replace(/\/?$/, '/') + path.replace(/(^|\/)index\.html$/, '$1');
		pages.push({ url, page, lang: page.lang.startsWith('ja') ? 'ja' : 'en', kind: isReference?.(path) ? 'reference' : 'topic' });
	}
	const japanese = pages.filter((p) => p.lang === 'ja');
	const japaneseTexts = japanese.flatMap(({ page }) => [page.title, ...page.sections.flatMap((s) => [s.heading, s.text])]);
	const siteReadings = new Map<string, { reading: string; count: number }>();
	const vocabulary = await buildVocabulary(japaneseTexts, siteReadings);
	const variants = await japaneseVariants(
		{ readings: siteReadings, onSite: siteTextTester(japaneseTexts.map(normalizeText)) },
		await loadTokenizer(),
		glossary.map((t) => ({ ja: t.ja, jaVariants: t.jaVariants ?? [] })),
	);
	const englishTexts = pages.filter((p) => p.lang === 'en').map(({ page }) => [page.title, ...page.sections.flatMap((s) => [s.heading, s.text])].join('\n'));
	const variantCounts: Record<string, number> = {};
	for (const { source } of variants.values()) variantCounts[`ja ${source}`] = (variantCounts[`ja ${source}`] ?? 0) + 1;
	const lexiconData: LexiconData = { ...vocabulary, glossary: '', ref: [], pages: {}, stemmed: '' };
	const lexicon = new Lexicon(lexiconData);
	let japaneseTokens = 0;
	const jaWords = (s: string) => {
		const spaced = tokensForIndex(s, lexicon);
		japaneseTokens += spaced ? spaced.split(' ').length : 0;
		return spaced;
	};

	const { index } = check(await pagefind.createIndex({}), 'start an index') as { index: pagefind.PagefindIndex; errors: string[] };
	try {
		for (const { url, page, lang } of pages) {
			const content = recordHtml(page, lang, lang === 'ja' ? jaWords : (s) => withFigureWords(splitDashes(normalizeText(s))));
			check(await index.addHTMLFile({ url, content }), `index ${url}`);
		}
		const outputPath = join(dir, 'pagefind');
		check(await index.writeFiles({ outputPath }), 'write the index');
		await mkdir(outputPath, { recursive: true });
		// A result's id is its fragment's name; reading the fragments tells which ids are hub pages,
		// so the browser can rank them without downloading them.
		const referenceUrls = new Set(pages.filter((p) => p.kind === 'reference').map((p) => p.url));
		const langOf = new Map(pages.map((p) => [p.url, p.lang]));
		const table = { ja: {} as LexiconData['pages'], en: {} as LexiconData['pages'] };
		const fragmentDir = join(outputPath, 'fragment');
		for (const name of await readdir(fragmentDir)) {
			const json = gunzipSync(await readFile(join(fragmentDir, name))).toString('utf8').replace(/^pagefind_dcd/, '');
			const fragment = JSON.parse(json) as { url: string; meta: { title?: string } };
			const id = name.replace(/\.pf_fragment$/, '');
			if (referenceUrls.has(fragment.url)) lexiconData.ref.push(id);
			table[langOf.get(fragment.url) ?? 'en'][id] = [fragment.url, fragment.meta.title ?? fragment.url];
		}
		// Japanese queries need the whole vocabulary, English ones none; both carry the glossary
		// (glossary-shards.ts). Readings go in a file of their own, fetched only for a query that needs them.
		const readingsGzip = gzipSync(lexiconData.readings, { level: 9 });
		await writeFile(join(outputPath, READINGS_FILE), readingsGzip);
		const japaneseLexicon = { ...lexiconData, readings: '', pages: table.ja };
		const english = { v: 2 as const, words: '', fn: '', inflections: '', readings: '', ref: lexiconData.ref, pages: table.en, stemmed: stemmedWords(englishTexts).join('\n'), compounds: englishCompounds(englishTexts) };
		const lexiconBytes = await writeLexicon(outputPath, lexiconFile('ja'), 'ja', japaneseLexicon, glossaryLines(glossary, 'ja'));
		const englishLexiconBytes = await writeLexicon(outputPath, lexiconFile('en'), 'en', english, glossaryLines(glossary, 'en'));
		// What a reader may have meant: fetched only after a literal search that found nothing.
		const jaVariants = gzipSync(variantLines(variants), { level: 9 });
		const enVariantLines = glossary.flatMap((t) => (t.enVariants ?? []).map((v) => `${v.toLowerCase()}\tg\t${t.en.toLowerCase()}`));
		variantCounts['en g'] = enVariantLines.length;
		const enVariants = gzipSync(JSON.stringify({ words: englishWords(englishTexts), variants: enVariantLines.join('\n') }), { level: 9 });
		await writeFile(join(outputPath, VARIANTS_FILE.ja), jaVariants);
		await writeFile(join(outputPath, VARIANTS_FILE.en), enVariants);
		return {
			pages: pages.length,
			japaneseTokens,
			lexiconWords: lexicon.words.size,
			lexiconBytes,
			englishLexiconBytes,
			readingsBytes: readingsGzip.length,
			variantsBytes: { ja: jaVariants.length, en: enVariants.length },
			variantCounts,
			ms: Math.round(performance.now() - started),
		};
	} finally {
		await pagefind.close();
	}
}
