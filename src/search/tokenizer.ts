// Build time only: kuromoji reads the site's Japanese text and decides which words exist, which are
// function words, and which surface forms belong to one verb or adjective. The index itself is then
// cut by the shared segmenter (segmenter.ts) over this vocabulary, as the browser cuts queries.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { JAPANESE_RUN, normalizeText } from './normalize.ts';
import type { LexiconData } from './lexicon.ts';

export interface KuromojiToken {
	surface_form: string;
	pos: string;
	pos_detail_1: string;
	basic_form: string;
	/** Katakana reading; absent for words the dictionary does not know. */
	reading?: string;
	word_type: 'KNOWN' | 'UNKNOWN';
}
export interface Tokenizer { tokenize(text: string): KuromojiToken[] }

let cached: Promise<Tokenizer> | undefined;

/** Loads kuromoji's IPADIC dictionary from the installed package (about 1 s, once per process). */
export function loadTokenizer(): Promise<Tokenizer> {
	cached ??= new Promise((resolve, reject) => {
		const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
		kuromoji.builder({ dicPath }).build((err: Error | null, tokenizer: Tokenizer) => (err ? reject(err) : resolve(tokenizer)));
	});
	return cached;
}

/**
 * Words a question is made of but that say nothing about what is asked for. Added to every
 * lexicon, because a reader's question may use them even where no page does.
 */
export const QUESTION_WORDS = [
	'は', 'が', 'を', 'に', 'で', 'と', 'の', 'も', 'か', 'や', 'へ', 'より', 'から', 'まで', 'って', 'とは', 'など',
	'な', 'ね', 'よ', 'ば', 'て', 'た', 'だ', 'です', 'ます', 'ない', 'のか', 'ですか', 'ますか', 'でしょう', 'でしょうか',
	'なぜ', 'どうして', 'どう', 'どのように', 'どのよう', 'どんな', 'どの', 'どれ', 'なに', '何', 'いつ', 'どこ', '誰', 'だれ',
	'する', 'し', 'さ', 'した', 'して', 'します', 'しました', 'される', 'された', 'されて', 'できる', 'いる', 'いた', 'いて', 'ある',
	'なる', 'れる', 'られる', 'せる', 'させる', 'こと', 'もの', 'ため', 'について', 'における',
];

const FUNCTION_POS = new Set(['助詞', '助動詞', '記号', '接続詞', 'フィラー', '感動詞']);
const LIGHT_VERBS = new Set(['する', 'いる', 'ある', 'なる', 'れる', 'られる', 'せる', 'させる', 'くる', 'いく', 'おる', 'できる']);

function isFunctionToken(t: KuromojiToken): boolean {
	if (FUNCTION_POS.has(t.pos)) return true;
	if (t.pos === '動詞' && (t.pos_detail_1 === '非自立' || t.pos_detail_1 === '接尾' || LIGHT_VERBS.has(t.basic_form))) return true;
	if (t.pos === '名詞' && (t.pos_detail_1 === '非自立' || t.pos_detail_1 === '代名詞')) return true;
	return false;
}

const HAS_KANJI = /\p{Script=Han}/u;
const COMPOUND = /^[\p{Script=Han}\p{Script=Katakana}ー]{4,}$/u;

/**
 * Splits a long kanji or katakana noun into dictionary words of two or more characters
 * (ガベージコレクション → ガベージ + コレクション, 千歳空港 → 千歳 + 空港), so that a compound is
 * findable both whole (as a phrase of its parts) and by each part. Returns null if it cannot.
 */
export function decompose(word: string, tokenizer: Tokenizer): string[] | null {
	const chars = [...word];
	const known = (s: string) => {
		const t = tokenizer.tokenize(s);
		return t.length === 1 && t[0].word_type === 'KNOWN' && t[0].pos === '名詞';
	};
	// Each part has two or more characters; a katakana part of three or more that the dictionary
	// lacks may stand first or last (ガベージ is not in IPADIC, コレクション is). Fewest guessed
	// characters wins, then fewest parts; a split that is mostly guesses is no split at all.
	type Split = { parts: string[]; guessed: number };
	const best: (Split | null)[] = new Array(chars.length + 1).fill(null);
	best[0] = { parts: [], guessed: 0 };
	const better = (a: Split, b: Split | null) => !b || a.guessed < b.guessed || (a.guessed === b.guessed && a.parts.length < b.parts.length);
	for (let i = 0; i < chars.length; i++) {
		const from = best[i];
		if (!from) continue;
		for (let j = i + 2; j <= chars.length; j++) {
			if (i === 0 && j === chars.length) continue;
			const part = chars.slice(i, j).join('');
			const isKnown = known(part);
			const guess = !isKnown && /^[\p{Script=Katakana}ー]{3,}$/u.test(part) && (i === 0 || j === chars.length);
			if (!isKnown && !guess) continue;
			const next = { parts: [...from.parts, part], guessed: from.guessed + (isKnown ? 0 : j - i) };
			if (better(next, best[j])) best[j] = next;
		}
	}
	const split = best[chars.length];
	if (!split || split.parts.length < 2 || split.guessed * 2 > chars.length) return null;
	return split.parts;
}

/**
 * What kuromoji learns from the site's Japanese text, ready to become the browser's lexicon.
 * `siteReadings`, when given, receives every content word with its reading and use count (for the
 * spelling variants, variants.ts).
 */
export async function buildVocabulary(texts: string[], siteReadings?: Map<string, { reading: string; count: number }>): Promise<Omit<LexiconData, 'glossary'>> {
	const tokenizer = await loadTokenizer();
	const words = new Set<string>();
	const fnVotes = new Map<string, [number, number]>();
	const byBase = new Map<string, Set<string>>();
	// reading → word → how often the site uses it, for queries typed in kana (readings.ts).
	const byReading = new Map<string, Map<string, number>>();
	const vote = (w: string, fn: boolean) => {
		const v = fnVotes.get(w) ?? [0, 0];
		v[fn ? 0 : 1]++;
		fnVotes.set(w, v);
	};
	for (const text of texts) {
		for (const run of normalizeText(text).match(JAPANESE_RUN) ?? []) {
			for (const t of tokenizer.tokenize(run)) {
				const fn = isFunctionToken(t);
				// Only words the dictionary does not know are split: a known word (バイアス, 千歳空港)
				// is a unit kuromoji chose, and splitting it would only add noise.
				const parts = !fn && t.word_type === 'UNKNOWN' && COMPOUND.test(t.surface_form) ? decompose(t.surface_form, tokenizer) : null;
				if (!fn && !parts && t.reading && t.reading !== '*' && HAS_KANJI.test(t.surface_form)) {
					const words = byReading.get(t.reading) ?? new Map<string, number>();
					words.set(t.surface_form, (words.get(t.surface_form) ?? 0) + 1);
					byReading.set(t.reading, words);
				}
				if (siteReadings && !fn && !parts && t.reading && t.reading !== '*') {
					const seen = siteReadings.get(t.surface_form);
					if (seen) seen.count++;
					else siteReadings.set(t.surface_form, { reading: t.reading, count: 1 });
				}
				for (const w of parts ?? [t.surface_form]) {
					words.add(w);
					vote(w, fn);
				}
				if (!parts && (t.pos === '動詞' || t.pos === '形容詞') && !fn && t.basic_form !== '*') {
					if (!byBase.has(t.basic_form)) byBase.set(t.basic_form, new Set([t.basic_form]));
					// The dictionary form is a word too, so a query in that form segments cleanly.
					words.add(t.basic_form);
					byBase.get(t.basic_form)!.add(t.surface_form);
				}
			}
		}
	}
	const fn = new Set(QUESTION_WORDS);
	for (const [w, [yes, no]] of fnVotes) if (yes > no) fn.add(w);
	const content = [...words].filter((w) => !fn.has(w)).sort();
	const inflections = [...byBase.values()]
		.map((forms) => [...forms])
		.filter((forms) => forms.length > 1)
		.map((forms) => forms.join('\t'))
		.sort();
	// One word per reading, the one the site uses most: a reader who types じこ here means 自己.
	const readings = [...byReading]
		.map(([reading, words]) => [reading, [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]] as const)
		.filter(([, word]) => !fn.has(word))
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([reading, word]) => `${reading}\t${word}`);
	return { v: 2, words: content.join('\n'), fn: [...fn].sort().join('\n'), inflections: inflections.join('\n'), readings: readings.join('\n') };
}
