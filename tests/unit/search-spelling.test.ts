// What the reader meant, tried after a literal search that found nothing: Japanese spelling variants
// (表記ゆれ) rewritten to the site's forms, English typos and spellings corrected to the site's words,
// and never a correction of a short word or to a word the site does not use. One case per category.
import { describe, expect, test } from 'vitest';
import { Lexicon, type LexiconData } from '../../src/search/lexicon.ts';
import { EnglishWords, editDistance, englishRewrite, japaneseRewrites, katakanaKey, mayRewrite, parseVariants } from '../../src/search/spelling.ts';

// A site that writes these words (the lexicon's vocabulary) ...
const lexicon = new Lexicon({
	v: 2,
	words: ['人格', 'づけ', '付け', '位置', '振る舞い', '自己', '選好', 'みなす', 'コンピュータ', 'ユヴァル', 'ソフトウェア', 'モデル', 'アイデンティティ'].join('\n'),
	fn: 'は\nの',
	inflections: '',
	readings: '',
	glossary: '',
	ref: [],
	pages: {},
	stemmed: '',
} satisfies LexiconData);
// ... and the table the build derived for it (variants.ts): variant, source, site forms.
const table = parseVariants(
	[
		['振舞い', 'k', '振る舞い'],
		['付け', 'k', 'づけ'],
		['選考', 'k', '選好'],
		['見なす', 'k', 'みなす'],
		['コンピューター', 's', 'コンピュータ'],
		['正体', 'g', 'アイデンティティ'],
	].map((l) => l.join('\t')).join('\n'),
);

describe('Japanese: a query written another way is rewritten to the site’s form', () => {
	test.each([
		['okurigana (kuromoji: same reading)', '振舞い', '振る舞い', ['k']],
		['a site word another site word reads as, in a phrase no page has', '人格付け', '人格づけ', ['k']],
		['long-vowel katakana (SudachiDict)', 'コンピューター', 'コンピュータ', ['s']],
		['ヴ written as ブ (katakana rule)', 'ユバル', 'ユヴァル', ['r']],
		['small kana written full size (katakana rule)', 'ソフトウエア', 'ソフトウェア', ['r']],
		['kanji written for the site’s kana (kuromoji)', '見なす', 'みなす', ['k']],
		['an IME homophone inside a compound (kuromoji)', '自己選考', '自己選好', ['k']],
		['a known wrong form (glossary ja_variants)', '正体', 'アイデンティティ', ['g']],
	])('%s: %s → %s', (_, typed, site, sources) => {
		expect(japaneseRewrites(typed, lexicon, table)[0]).toEqual({ text: site, sources });
	});

	test('a query with no other form is not rewritten', () => {
		expect(japaneseRewrites('新幹線', lexicon, table)).toEqual([]);
	});

	test('katakana keys fold a final long vowel, ヴ and small ウィ/ウェ/ウォ, and keep short words', () => {
		expect(['コンピューター', 'ヴァイオリン', 'ウィルス', 'ルー'].map(katakanaKey)).toEqual(['コンピュータ', 'バイオリン', 'ウイルス', 'ルー']);
	});
});

// The English site's words, most used first (VARIANTS_FILE.en), and a glossary wrong form.
const words = new EnglishWords({
	words: ['model', 'models', 'injection', 'concept', 'behavior', 'hallucination', 'interpretability', 'self-preference', 'self', 'preference', 'organization', 'modeled', 'alignment', 'transformer', 'bias'].join('\n'),
	variants: 'ai psychosis\tg\tai-associated psychosis',
});

describe('English: a query is corrected only to the site’s own words', () => {
	test.each([
		['one edit in a word of five letters or more', 'concept injecton', 'concept injection', ['t']],
		['two swapped letters (one edit)', 'alignmnet', 'alignment', ['t']],
		['two edits in a word of nine letters or more', 'interpretabilty', 'interpretability', ['t']],
		['British -our', 'behaviour', 'behavior', ['b']],
		['British -ise/-isation', 'organisation', 'organization', ['b']],
		['British double l', 'modelled', 'modeled', ['b']],
		['a compound written spaced', 'self preference', 'self-preference', ['j']],
		['a compound written joined', 'selfpreference', 'self-preference', ['j']],
		['a known wrong form (glossary en_variants)', 'AI psychosis', 'ai-associated psychosis', ['g']],
	])('%s: %s → %s', (_, typed, site, sources) => {
		expect(englishRewrite(typed, words)).toEqual({ text: site, sources });
	});

	test.each([
		['a word the site has', 'transformer'],
		['a word of four letters, however close (bias)', 'bais'],
		['two edits in a word shorter than nine letters (injection)', 'injectn'],
		['a word far from every site word', 'blockchain'],
	])('%s is never corrected: %s', (_, typed) => {
		expect(englishRewrite(typed, words)).toBeNull();
	});
});

test.each([
	['kitten', 'sitting', 3],
	['alignmnet', 'alignment', 1],
	['injecton', 'injection', 1],
	['abc', 'abc', 0],
])('the edit distance of %s and %s is %i (adjacent swaps count once)', (a, b, d) => {
	expect(editDistance(a, b, 3)).toBe(d);
});

test.each([
	['a term', '人格付け', true],
	['a short phrase', 'phenomenal consciusness', true],
	['a sentence of five words or more', 'what is a concept injecton anyway', false],
	['a pasted paragraph', 'あ'.repeat(41), false],
])('%s may be rewritten: %s → %s', (_, text, may) => {
	expect(mayRewrite(text)).toBe(may);
});
