// Build time only: the other ways readers write the site's Japanese words (表記ゆれ), as a table
// from a form the site does not write to the forms it does. Three sources, each named in the table
// so that a search can say which one found its answer:
//   k  kuromoji's dictionary (IPADIC): every dictionary word with the reading of a site word
//      (振舞い → 振る舞い, 見なす → みなす, 付け → づけ, an IME homophone 選考 → 選好);
//   s  SudachiDict's synonym dictionary, its spelling variants only (異表記・表記ゆれ within one
//      word form, never a synonym: コンピューター → コンピュータ, ウィルス → ウイルス);
//   g  the glossary's `ja_variants` (known wrong forms of a term: 正体 → アイデンティティ).
// Only pairs that lead to a site word are kept: the browser downloads the table (VARIANTS_FILE)
// after a literal search that found nothing.
import { createRequire } from 'node:module';
import type { Tokenizer } from './tokenizer.ts';

/** One source's letter in the table (see the file comment). */
export type VariantSource = 'k' | 's' | 'g';

interface SudachiItem { midashi: string; vocabularyNumber?: number; gokeiSyubetsu: string; ryakusyou: string; hyoukiYure: string; expandControl: number }

const HAS_KANJI = /\p{Script=Han}/u;
const JAPANESE_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々ヶ]+$/u;
/** Parts of speech whose homophones a reader may type by mistake; proper names are left out (thousands of them, each a false friend). */
const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞']);

interface KuromojiDictionary { dictionary: { buffer: Uint8Array }; getFeatures(id: string): string }

/** Every word of kuromoji's dictionary: surface, part of speech and reading (katakana). */
function* dictionaryEntries(tokenizer: Tokenizer): Generator<{ surface: string; pos: string; detail: string; reading: string }> {
	const dict = (tokenizer as unknown as { token_info_dictionary: KuromojiDictionary }).token_info_dictionary;
	// Entries are 10 bytes each (left id, right id, cost, feature offset); see kuromoji's TokenInfoDictionary.
	for (let offset = 0; offset + 10 <= dict.dictionary.buffer.length; offset += 10) {
		const f = dict.getFeatures(String(offset)).split(',');
		if (f.length < 9) continue;
		yield { surface: f[0], pos: f[1], detail: f[2], reading: f[8] };
	}
}

export interface SiteWords {
	/** Each Japanese content word of the site with its reading and how often the site uses it. */
	readings: Map<string, { reading: string; count: number }>;
	/** Is this text written somewhere on the site's Japanese pages? */
	onSite: (text: string) => boolean;
}

/**
 * The table: variant → [source, site forms, most used first]. A key may itself be a site word
 * (付け, when the site also writes 人格づけ): the browser tries the other forms only after the
 * literal search found nothing.
 */
export async function japaneseVariants(site: SiteWords, tokenizer: Tokenizer, glossary: { ja: string; jaVariants: string[] }[]): Promise<Map<string, { source: VariantSource; to: string[] }>> {
	const table = new Map<string, { source: VariantSource; to: string[] }>();
	const add = (from: string, to: string[], source: VariantSource) => {
		const targets = to.filter((t) => t !== from);
		if (!targets.length || table.has(from)) return;
		table.set(from, { source, to: targets });
	};
	for (const t of glossary) for (const v of t.jaVariants) if (!site.onSite(v)) add(v, [t.ja], 'g');

	// Sudachi: spellings of one word form (same vocabulary number, same 語形, same abbreviation kind).
	// The package's ESM entry point is missing from its files; its CommonJS one loads the JSON.
	const { fetchDictionary } = createRequire(import.meta.url)('sudachi-synonyms-dictionary') as { fetchDictionary: () => Promise<{ items: SudachiItem[] }[]> };
	const sudachi = await fetchDictionary();
	for (const group of sudachi) {
		const forms = new Map<string, string[]>();
		for (const item of group.items) {
			if (item.expandControl === 2 || item.hyoukiYure === 'アルファベット表記' || !JAPANESE_ONLY.test(item.midashi)) continue;
			const key = `${item.vocabularyNumber}/${item.gokeiSyubetsu}/${item.ryakusyou}`;
			(forms.get(key) ?? forms.set(key, []).get(key)!).push(item.midashi);
		}
		for (const spellings of forms.values()) {
			if (spellings.length < 2) continue;
			const used = spellings.filter((s) => [...s].length >= 2 && site.onSite(s));
			if (!used.length) continue;
			for (const s of spellings) if (!used.includes(s) && [...s].length >= 2) add(s, used, 's');
		}
	}

	// kuromoji: dictionary words that read as a site word (same reading, content part of speech).
	const byReading = new Map<string, { word: string; count: number }[]>();
	for (const [word, { reading, count }] of site.readings) {
		if ([...reading].length < 2 || [...word].length < 2) continue;
		(byReading.get(reading) ?? byReading.set(reading, []).get(reading)!).push({ word, count });
	}
	for (const list of byReading.values()) list.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
	for (const e of dictionaryEntries(tokenizer)) {
		if (!CONTENT_POS.has(e.pos) || e.detail === '固有名詞' || !HAS_KANJI.test(e.surface) || [...e.surface].length < 2) continue;
		const same = byReading.get(e.reading);
		if (same) add(e.surface, same.map((s) => s.word), 'k');
	}
	// Site words that read alike point to each other too (付け ↔ づけ), for a phrase no page has.
	for (const list of byReading.values()) {
		if (list.length < 2) continue;
		for (const { word } of list) if (HAS_KANJI.test(word)) add(word, list.map((s) => s.word), 'k');
	}
	return table;
}

/** The table as the browser reads it: one line per variant, `variant<TAB>source<TAB>site form…`. */
export function variantLines(table: Map<string, { source: VariantSource; to: string[] }>): string {
	return [...table]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([from, { source, to }]) => [from, source, ...to].join('\t'))
		.join('\n');
}

/**
 * A tester for "is this text on the site": a word the site's text contains. A two-character
 * prefilter keeps 80,000 dictionary spellings from each scanning the whole text.
 */
export function siteTextTester(texts: string[]): (s: string) => boolean {
	const text = texts.join('\n');
	const pairs = new Set<string>();
	const chars = [...text];
	for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
	return (s) => {
		const c = [...s];
		for (let i = 0; i + 1 < c.length; i++) if (!pairs.has(c[i] + c[i + 1])) return false;
		return c.length > 1 && text.includes(s);
	};
}

/**
 * The English pages' words, most used first, for typo corrections in the browser (spelling.ts):
 * lower case, curly apostrophes straightened, hyphenated words kept whole as well as in parts.
 */
export function englishWords(texts: string[]): string {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[a-z]+(?:[-'][a-z]+)*/g)) {
			const whole = m[0].replace(/'s$/, '');
			for (const w of new Set([whole, ...whole.split(/[-']/)])) if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + 1);
		}
	}
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w).join('\n');
}

/** The English pages' hyphenated compounds of letters (self-preference, post-training), newline-separated. */
export function englishCompounds(texts: string[]): string {
	const found = new Set<string>();
	for (const text of texts) for (const m of text.toLowerCase().matchAll(/(?<![a-z-])[a-z]+(?:-[a-z]+)+(?![a-z-])/g)) found.add(m[0]);
	return [...found].sort().join('\n');
}
