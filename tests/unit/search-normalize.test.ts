import { describe, expect, test } from 'vitest';
import { cleanQuery, normalizeText } from '../../src/search/normalize.ts';

describe.each([
	['ＬＬＭ', 'LLM'],
	['Ｃｌａｕｄｅ　Ｏｐｕｓ　４', 'Claude　Opus　4'],
	['ｶﾞﾍﾞｰｼﾞｺﾚｸｼｮﾝ', 'ガベージコレクション'],
	['概念注入（concept injection）', '概念注入（concept injection）'],
	['「内省」、です。', '「内省」、です。'],
])('normalizeText(%j)', (input, expected) => {
	test(`is ${JSON.stringify(expected)}`, () => expect(normalizeText(input)).toBe(expected));
});

describe.each([
	['  概念注入  ', '概念注入'],
	['\uD800概念\uDC00注入\uD83D', '概念注入'],
	['a\u0000b\u001Fc', 'a b c'],
	['🤖 内省', '🤖 内省'],
	['あ'.repeat(500), 'あ'.repeat(200)],
])('cleanQuery(%j)', (input, expected) => {
	test(`is ${JSON.stringify(expected.slice(0, 20))}`, () => expect(cleanQuery(input)).toBe(expected));
});
