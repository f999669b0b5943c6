import { describe, expect, test } from 'vitest';
import { joinJapanese, renderExcerpt } from '../../src/search/excerpt.ts';

describe.each([
	['大規模 言語 モデル は <mark>概念</mark> <mark>注入</mark> を', '大規模言語モデルは<mark>概念</mark><mark>注入</mark>を'],
	['Claude Opus 4 . 1 の 約 20% の 試行', 'Claude Opus 4 . 1の約20%の試行'],
	['concept <mark>injection</mark> is', 'concept <mark>injection</mark> is'],
	['「 内省 」 と は', '「内省」とは'],
	['<img src=x onerror=alert(1)> 概念', '&lt;img src=x onerror=alert(1)&gt;概念'],
	['a &amp; b &lt;c&gt;', 'a &amp; b &lt;c&gt;'],
	['<mark><b>x</b></mark>', '<mark>&lt;b&gt;x&lt;/b&gt;</mark>'],
])('renderExcerpt(%j)', (input, expected) => {
	test(`is ${JSON.stringify(expected)}`, () => expect(renderExcerpt(input)).toBe(expected));
});

test('joinJapanese gives plain text of a tokenized title', () => {
	expect(joinJapanese('概念 注入 （ concept injection ）')).toBe('概念注入（concept injection）');
});

test('the "." Pagefind ends a Japanese block with reads as a Japanese full stop', () => {
	expect(renderExcerpt('内省 と <mark>概念</mark> <mark>注入</mark>. ファイン チューニング')).toBe('内省と<mark>概念</mark><mark>注入</mark>。ファインチューニング');
});
