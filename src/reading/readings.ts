// Build time: the reading of each Japanese term for its card (概念注入 → がいねんちゅうにゅう), from
// kuromoji, which the search index already loads. A `reading` in the glossary data wins where
// kuromoji is wrong (作話 is not さくばなし).
import { loadTokenizer } from '../search/tokenizer.ts';

const HAN = /\p{Script=Han}/u;

/** Katakana to hiragana; ー and everything else stay. */
export const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * The reading of a term in hiragana, or undefined for a term without kanji (アライメント reads as it
 * is written). Only the kanji words are read; katakana and Latin parts are kept (広島AIプロセス →
 * ひろしまAIプロセス).
 */
export async function readingOf(ja: string, given?: string): Promise<string | undefined> {
	if (given) return given;
	if (!HAN.test(ja)) return undefined;
	const tokenizer = await loadTokenizer();
	return tokenizer
		.tokenize(ja)
		.map((t) => {
			const reading = (t as { reading?: string }).reading;
			return HAN.test(t.surface_form) && reading && reading !== '*' ? toHiragana(reading) : t.surface_form;
		})
		.join('');
}
