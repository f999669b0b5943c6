// The build derives the spelling-variant table from kuromoji's dictionary, SudachiDict's synonym
// dictionary and the glossary, keeping only what leads to a word the site writes.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildVocabulary, loadTokenizer } from '../../src/search/tokenizer.ts';
import { englishCompounds, englishWords, japaneseVariants, siteTextTester, type VariantSource } from '../../src/search/variants.ts';

const SITE = ['モデルの振る舞いを扱います。人格づけはエンジニアリングです。', 'コンピュータの上で自己選好とアイデンティティを調べ、脅威とみなすかを問います。'];
let table: Map<string, { source: VariantSource; to: string[] }>;

beforeAll(async () => {
	const readings = new Map<string, { reading: string; count: number }>();
	await buildVocabulary(SITE, readings);
	table = await japaneseVariants({ readings, onSite: siteTextTester(SITE) }, await loadTokenizer(), [{ ja: 'アイデンティティ', jaVariants: ['正体'] }]);
}, 60_000);

describe('the Japanese table leads each variant to the site’s form, and names its source', () => {
	test.each([
		['okurigana, from kuromoji’s dictionary', '振舞い', '振る舞い', 'k'],
		['an IME homophone, from kuromoji’s dictionary', '選考', '選好', 'k'],
		['kanji for the site’s kana, from kuromoji’s dictionary', '見なす', 'みなす', 'k'],
		['a suffix the site writes in kana, from kuromoji’s dictionary', '付け', 'づけ', 'k'],
		['long-vowel katakana, from SudachiDict', 'コンピューター', 'コンピュータ', 's'],
		['a known wrong form, from the glossary', '正体', 'アイデンティティ', 'g'],
	])('%s: %s → %s', (_, variant, site, source) => {
		expect(table.get(variant)).toMatchObject({ source });
		expect(table.get(variant)!.to).toContain(site);
	});

	test('nothing leads to a word the site does not write', () => {
		const site = SITE.join('');
		for (const { to } of table.values()) for (const t of to) expect(site.includes(t), t).toBe(true);
	});

	test('a SudachiDict synonym that is not a spelling of the same word is left out (行動 for 振る舞い)', () => {
		expect(table.has('行動')).toBe(false);
	});
});

test('the English words list has the site’s words, most used first, possessives dropped and compounds whole and in parts', () => {
	const list = englishWords(['Self-preference is a model’s preference; models prefer.', 'model']).split('\n');
	expect(list.slice(0, 2)).toEqual(['model', 'preference']);
	expect(list).toEqual(expect.arrayContaining(['self-preference', 'self', 'models']));
	expect(list.some((w) => /['’]/.test(w))).toBe(false);
});

test('the English compounds are the hyphenated words of letters', () => {
	expect(englishCompounds(['Self-preference and post-training, not GPT-5 or 2024-25.'])).toBe('post-training\nself-preference');
});
