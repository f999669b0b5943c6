// What a result shows is cut from the indexed words: sections under the page, excerpts from a
// sentence or phrase boundary, no heading run into text, highlights in titles and excerpts.
import { describe, expect, test } from 'vitest';
import { everyOccurrence, excerptOf, snippets } from '../../src/search/snippets.ts';

// Indexed like a Japanese page: title, summary, then two sections (Pagefind adds "." to headings).
const content = [
	'内省 と 概念 注入.',
	'モデル は 自分 の 状態 に 気づく か 。 概念 注入 という 手法 を 使い ます 。',
	'概念 注入 とは.',
	'概念 注入 は 、 神経 活動 の パターン を 書き込む 手法 です 。',
	'背景.',
	'特徴 と ステアリング に ついて 述べ ます 。',
].join(' ');
const words = content.split(' ');
const at = (w: string, from = 0) => words.indexOf(w, from);
const anchors = [
	{ id: 'what', text: '概念 注入 とは', location: at('とは.') - 2 },
	{ id: 'background', text: '背景', location: at('背景.') },
];
const hitsOf = (...ws: string[]) => words.flatMap((w, i) => (ws.includes(w.replace(/\.$/, '')) ? [i] : []));

test('each matching section comes under the page with its heading highlighted, and unmatched ones do not', () => {
	const s = snippets({ content, anchors, locations: hitsOf('概念', '注入') }, 4);
	expect(s.sections.map((x) => [x.id, x.titleHtml])).toEqual([['what', '<mark>概念注入</mark>とは']]);
});

test('a heading is never run into the text under it', () => {
	const s = snippets({ content, anchors, locations: hitsOf('概念', '注入') }, 4);
	expect(s.sections[0].excerptHtml).toBe('<mark>概念注入</mark>は、神経活動のパターンを書き込む手法です。');
	expect(s.page.excerptHtml.startsWith('モデルは')).toBe(true);
});

test('the page title is highlighted without the "." Pagefind adds', () => {
	expect(snippets({ content, anchors, locations: hitsOf('概念', '注入') }, 4).page.titleHtml).toBe('内省と<mark>概念注入</mark>');
});

test('a page matched only in a section shows no page excerpt, so nothing is repeated', () => {
	const s = snippets({ content, anchors, locations: hitsOf('ステアリング') }, 4);
	expect(s.page.excerptHtml).toBe('');
	expect(s.sections.map((x) => x.id)).toEqual(['background']);
});

const long = ('a b c d e f g h i j k l m n o p q r s t u v w x y z . ' + 'one two three , four five six seven eight nine ten eleven twelve thirteen fourteen fifteen target rest').split(' ');
describe.each([
	['the sentence the match is in', [long.indexOf('target')], /^…four five/],
	['the start of the text when the match is near it', [2], /^a b <mark>c<\/mark>/],
])('an excerpt starts at %s', (_, hits, expected) => {
	test('and never with a comma', () => {
		const html = excerptOf(long, 0, long.length, new Set(hits));
		expect(html).toMatch(expected);
		expect(html).not.toMatch(/^…?[、,]/);
	});
});

test('an excerpt never starts with a leading 、', () => {
	const ja = 'あ い う え お か き く け こ さ し す せ そ た ち 、 つ て と な に 概念 ぬ'.split(' ');
	expect(excerptOf(ja, 0, ja.length, new Set([ja.indexOf('概念')]))).toBe('…つてとなに<mark>概念</mark>ぬ');
});

test('a word of the page cannot inject markup into an excerpt', () => {
	expect(excerptOf(['<img', 'src=x', 'onerror=alert(1)>'], 0, 3, new Set([0]))).toBe('&lt;<mark>img</mark> src=x onerror=alert(1)&gt;');
});

test.each([
	['quotes and a full stop around a phrase', ['the', '“emotion', 'vector.”', 'again'], [1, 2], 'the “<mark>emotion vector</mark>.” again'],
	['brackets around a word', ['a', '(introspection)', 'b'], [1], 'a (<mark>introspection</mark>) b'],
	['Japanese brackets, their own words', ['「', '概念', '注入', '」', 'と'], [1, 2], '「<mark>概念注入</mark>」と'],
])('a highlight marks the words, not the %s', (_, ws, hits, html) => {
	expect(excerptOf(ws, 0, ws.length, new Set(hits))).toBe(html);
});

test.each([
	['at the end of a block, with the "." Pagefind added', ['in', '2025', 'kbn2025.'], 'in 2025.'],
	['after a figure that ends its sentence', ['(Anthropic', '2026).', 'kbn2026.', 'This'], '(Anthropic 2026). This'],
	['inside a Japanese sentence', ['index.html', 'kbn2025.', '引用'], 'index.html.引用'],
])('a figure’s canonical word never shows in an excerpt: %s', (_, ws, html) => {
	expect(excerptOf(ws, 0, ws.length, new Set()).replace(/<\/?mark>/g, '')).toBe(html);
});

test('every place a phrase occurs is found, though Pagefind reports only the first', () => {
	const ws = 'emotion vectors are here . later the emotion vectors. again emotion alone'.split(' ');
	expect([...everyOccurrence(ws, [0, 1])].sort((a, b) => a - b)).toEqual([0, 1, 7, 8]);
});
