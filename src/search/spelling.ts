// What the reader may have meant, tried only after the literal search found nothing (client.ts):
// Japanese written in another way (表記ゆれ, from the table variants.ts builds) and English typos,
// British spellings and joined or spaced compounds, corrected only to words the site uses.
// No imports from Node or the DOM: the rewrites are tested as tables of queries and answers.
import { segmentRun, type Vocabulary } from './segmenter.ts';
import { JAPANESE_RUN } from './normalize.ts';
import type { Lexicon } from './lexicon.ts';

/** Where a rewrite came from: k kuromoji, s SudachiDict, g glossary, r the katakana rule, t typo, b British/American, j joined/spaced. */
export type SpellingSource = 'k' | 's' | 'g' | 'r' | 't' | 'b' | 'j';
export interface Rewrite { text: string; sources: SpellingSource[] }

export type VariantTable = Map<string, { source: SpellingSource; to: string[] }>;

export function parseVariants(lines: string): VariantTable {
	const table: VariantTable = new Map();
	for (const line of lines ? lines.split('\n') : []) {
		const [from, source, ...to] = line.split('\t');
		if (from && to.length) table.set(from, { source: source as SpellingSource, to });
	}
	return table;
}

/**
 * Katakana written the other common ways, folded to one key: a final long-vowel mark
 * (コンピューター, コンピュータ), ヴ for バ行 (ヴァイオリン, バイオリン), small ィェォ after ウ
 * (ウィルス, ウイルス).
 */
export function katakanaKey(word: string): string {
	const key = word
		.replace(/ヴァ/g, 'バ').replace(/ヴィ/g, 'ビ').replace(/ヴェ/g, 'ベ').replace(/ヴォ/g, 'ボ').replace(/ヴ/g, 'ブ')
		.replace(/ウィ/g, 'ウイ').replace(/ウェ/g, 'ウエ').replace(/ウォ/g, 'ウオ');
	return key.length > 3 && key.endsWith('ー') ? key.slice(0, -1) : key;
}

const KATAKANA = /^[\p{Script=Katakana}ー]{3,}$/u;
const foldCache = new WeakMap<Lexicon, Map<string, string>>();
/** The site's katakana words by their katakanaKey. */
function katakanaFolds(lexicon: Lexicon): Map<string, string> {
	let folds = foldCache.get(lexicon);
	if (!folds) {
		folds = new Map();
		for (const w of lexicon.words) if (KATAKANA.test(w) && !folds.has(katakanaKey(w))) folds.set(katakanaKey(w), w);
		foldCache.set(lexicon, folds);
	}
	return folds;
}

/** At most this many rewritten queries are tried, the likeliest first. */
const MAX_REWRITES = 4;

/**
 * A term or a short phrase is what gets mistyped; a longer query (a sentence, a pasted paragraph)
 * is searched as typed only, so a query that finds nothing never costs more than a few searches.
 */
export const SPELLING_MAX_LENGTH = 40;
export const SPELLING_MAX_WORDS = 4;
export const mayRewrite = (text: string) => [...text].length <= SPELLING_MAX_LENGTH && text.trim().split(/\s+/).length <= SPELLING_MAX_WORDS;

/**
 * The query's Japanese written as the site writes it: each run is cut into site words and
 * variants, and every variant is replaced by the site's forms. Returns the rewrites, each with
 * the sources that made it, or none when nothing in the query has another form.
 */
export function japaneseRewrites(text: string, lexicon: Lexicon, table: VariantTable): Rewrite[] {
	const folds = katakanaFolds(lexicon);
	const vocabulary: Vocabulary = {
		has: (w) => (lexicon.has(w) && !lexicon.isFunctionWord(w)) || table.has(w) || (KATAKANA.test(w) && folds.has(katakanaKey(w))),
		maxLength: Math.max(lexicon.maxLength, 24),
	};
	// Each piece of the query with its choices: [as typed, …other forms].
	const pieces: { typed: string; options: { text: string; source?: SpellingSource }[] }[] = [];
	let last = 0;
	for (const m of text.matchAll(JAPANESE_RUN)) {
		if (m.index! > last) pieces.push({ typed: text.slice(last, m.index), options: [{ text: text.slice(last, m.index) }] });
		for (const { text: piece } of segmentRun(m[0], vocabulary)) {
			const options: { text: string; source?: SpellingSource }[] = [{ text: piece }];
			const entry = table.get(piece);
			for (const to of entry?.to.slice(0, 3) ?? []) options.push({ text: to, source: entry!.source });
			const fold = KATAKANA.test(piece) ? folds.get(katakanaKey(piece)) : undefined;
			if (fold && fold !== piece && !options.some((o) => o.text === fold)) options.push({ text: fold, source: 'r' });
			// A word the site does not have is no answer as typed: only its other forms are.
			if (options.length > 1 && !lexicon.has(piece)) options.shift();
			pieces.push({ typed: piece, options });
		}
		last = m.index! + m[0].length;
	}
	if (last < text.length) pieces.push({ typed: text.slice(last), options: [{ text: text.slice(last) }] });
	// Every combination, fewest changes first, as long as the list is short.
	let combos: { text: string; sources: SpellingSource[]; changes: number }[] = [{ text: '', sources: [], changes: 0 }];
	for (const p of pieces) {
		const next: typeof combos = [];
		for (const c of combos) {
			for (const o of p.options) {
				next.push({ text: c.text + o.text, sources: o.source ? [...c.sources, o.source] : c.sources, changes: c.changes + (o.text === p.typed ? 0 : 1) });
			}
		}
		combos = next.sort((a, b) => a.changes - b.changes).slice(0, 32);
	}
	return combos
		.filter((c) => c.changes > 0 && c.text !== text)
		.slice(0, MAX_REWRITES)
		.map(({ text, sources }) => ({ text, sources: [...new Set(sources)] }));
}

/** The English site's words (VARIANTS_FILE.en), most used first, with the glossary's wrong forms. */
export class EnglishWords {
	readonly rank = new Map<string, number>();
	/** Compounds by their letters alone: selfpreference → self-preference. */
	readonly joined = new Map<string, string>();
	readonly variants: VariantTable;
	private readonly byLength = new Map<number, string[]>();

	constructor(data: { words: string; variants: string }) {
		data.words.split('\n').forEach((w, i) => {
			if (!w) return;
			this.rank.set(w, i);
			(this.byLength.get(w.length) ?? this.byLength.set(w.length, []).get(w.length)!).push(w);
			if (/[-']/.test(w) && !this.joined.has(w.replace(/[-']/g, ''))) this.joined.set(w.replace(/[-']/g, ''), w);
		});
		this.variants = parseVariants(data.variants);
	}

	has(word: string): boolean {
		return this.rank.has(word);
	}

	/** The site's words of the given length, most used first. */
	ofLength(n: number): string[] {
		return this.byLength.get(n) ?? [];
	}
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), or max + 1 as
 * soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev2: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		prev2 = prev;
		prev = row;
	}
	return prev[b.length];
}

/** The shortest word a typo is corrected in, and the length from which two edits are allowed. */
export const TYPO_MIN_LENGTH = 5;
export const TYPO_TWO_EDITS = 9;

/** British and American endings and spellings, each way: behaviour/behavior, -ise/-ize, modelling/modeling. */
const SPELLINGS: [RegExp, string][] = [
	[/our(?=s?$|ed$|ing$|al$|ally$|ist$|ists$)/, 'or'],
	[/or(?=s?$|ed$|ing$|al$|ally$)/, 'our'],
	[/is(?=e[ds]?$|ing$|ation$|ations$|er$|ers$)/, 'iz'],
	[/iz(?=e[ds]?$|ing$|ation$|ations$|er$|ers$)/, 'is'],
	[/ys(?=e[ds]?$|ing$)/, 'yz'],
	[/yz(?=e[ds]?$|ing$)/, 'ys'],
	[/ll(?=ing$|ed$|er$|ers$)/, 'l'],
	[/(?<=[aeiou])l(?=ing$|ed$|er$|ers$)/, 'll'],
	[/tre(?=s?$)/, 'ter'],
	[/ter(?=s?$)/, 'tre'],
	[/ence(?=s?$)/, 'ense'],
	[/ogue(?=s?$)/, 'og'],
];

/** One English word as the site writes it, or null: a spelling of the other side, then a typo. */
function correctWord(word: string, words: EnglishWords): { text: string; source: SpellingSource } | null {
	for (const [from, to] of SPELLINGS) {
		const other = word.replace(from, to);
		if (other !== word && words.has(other)) return { text: other, source: 'b' };
	}
	const joined = words.joined.get(word.replace(/[-']/g, ''));
	if (joined && joined !== word) return { text: joined, source: 'j' };
	if (word.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word)) return null;
	const max = word.length >= TYPO_TWO_EDITS ? 2 : 1;
	// Fewest edits first, then a word as long as the typed one, then the site's most used.
	let best: { text: string; d: number; rank: number } | null = null;
	const better = (d: number, w: string, rank: number) =>
		!best || d < best.d || (d === best.d && (Math.abs(w.length - word.length) < Math.abs(best.text.length - word.length) || (Math.abs(w.length - word.length) === Math.abs(best.text.length - word.length) && rank < best.rank)));
	for (let n = word.length - max; n <= word.length + max; n++) {
		for (const w of words.ofLength(n)) {
			// A correction lands on a word long enough to have been mistyped into this one.
			if (w.length < TYPO_MIN_LENGTH || !/^[a-z]+$/.test(w)) continue;
			const d = editDistance(word, w, max);
			const rank = words.rank.get(w)!;
			if (d <= max && better(d, w, rank)) best = { text: w, d, rank };
		}
	}
	return best && { text: best.text, source: 't' };
}

/**
 * An English query written with the site's words: the glossary's known wrong forms, British or
 * American spellings, compounds joined, spaced or hyphenated as the site writes them, and typos
 * (one edit in a word of five letters or more, two from nine). Words the site has are kept; short
 * words are never changed. Null when nothing changes.
 */
export function englishRewrite(text: string, words: EnglishWords): Rewrite | null {
	const typed = text.toLowerCase().replace(/[’‘]/g, "'").replace(/"/g, ' ').trim();
	const whole = words.variants.get(typed);
	if (whole) return { text: whole.to[0], sources: [whole.source] };
	const tokens = typed.split(/\s+/).filter(Boolean);
	const out: string[] = [];
	const sources = new Set<SpellingSource>();
	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i].replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
		const next = tokens[i + 1]?.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
		// Two words the site writes as one compound: "self preference" → self-preference.
		if (next && !words.has(`${word} ${next}`)) {
			const compound = [`${word}-${next}`, `${word}${next}`].find((c) => words.has(c));
			if (compound) {
				out.push(compound);
				sources.add('j');
				i++;
				continue;
			}
		}
		if (!word || words.has(word) || /\d/.test(word)) {
			out.push(tokens[i]);
			continue;
		}
		const fixed = correctWord(word, words);
		if (fixed) {
			out.push(fixed.text);
			sources.add(fixed.source);
		} else out.push(tokens[i]);
	}
	const rewritten = out.join(' ');
	return sources.size && rewritten !== typed ? { text: rewritten, sources: [...sources] } : null;
}
