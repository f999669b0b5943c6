import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { breakPhrases, phraseBreaks } from '../../src/line-breaks/phrases.ts';
import { extractPage } from '../../src/search/extract.ts';

const page = (body: string, lang = 'ja') => `<!doctype html><html lang="${lang}"><head><title>人格づけはエンジニアリングである</title></head><body>${body}</body></html>`;
const SIDEBAR = '<nav class="sidebar"><div class="sidebar-content"><ul><li><a href="/personality-engineering/"><span>人格づけはエンジニアリングである</span></a></li></ul></div></nav>';

describe('phraseBreaks', () => {
	test('puts a <wbr> between the phrases of a Japanese title', () => {
		expect(phraseBreaks('人格づけはエンジニアリングである')).toBe('人格づけは<wbr>エンジニアリングである');
	});

	test('leaves text without Japanese as it was', () => {
		expect(phraseBreaks('Personality is engineering &amp; more')).toBe('Personality is engineering &amp; more');
	});

	test('keeps escaped characters escaped', () => {
		expect(phraseBreaks('AI&amp;人間の&lt;共進化&gt;').replace(/<wbr>/g, '')).toBe('AI&amp;人間の&lt;共進化&gt;');
	});
});

describe('breakPhrases', () => {
	test('breaks a sidebar entry between phrases', () => {
		expect(breakPhrases(page(SIDEBAR))).toContain('<span>人格づけは<wbr>エンジニアリングである</span>');
	});

	test('breaks headings and table headers and cells but keeps their ids', () => {
		const out = breakPhrases(page('<div class="sl-markdown-content"><h2 id="background">背景：特徴と解釈可能性</h2><table><tr><th>スライドの数値</th></tr><tr><td>訓練データの生成</td></tr></table></div>'));
		expect(out).toContain('<h2 id="background">背景：<wbr>特徴と<wbr>解釈<wbr>可能性</h2>');
		expect(out).toMatch(/<th>スライドの<wbr>数値<\/th>/);
		expect(out).toMatch(/<td>訓練データの<wbr>生成<\/td>/);
	});

	test.each([
		['after Japanese punctuation', '契約；Bradshaw', '契約；<wbr>Bradshaw'],
		['before an opening bracket', '2,000万倍（未知の材料）', '（未知の'],
		['after a closing bracket', '「ただ変える」ことの難しさ', '」<wbr>ことの'],
	])('a phrase also ends %s', (_, text, expected) => {
		const out = breakPhrases(page(`<div class="sl-markdown-content"><h3 id="x">${text}</h3></div>`));
		expect(out).toContain(expected.includes('<wbr>') ? expected : `<wbr>${expected}`);
	});

	test('leaves body prose, the document title and code alone', () => {
		const body = '<p>人格づけはエンジニアリングであると論じています。</p><h3 id="x"><code>人格づけはエンジニアリング</code></h3>';
		const out = breakPhrases(page(body));
		expect(out.replace('<wbr>', '')).toBe(page(body));
	});

	test('leaves English pages unchanged', () => {
		const html = page(SIDEBAR, 'en');
		expect(breakPhrases(html)).toBe(html);
	});

	test('gives search the same title, headings and text as before', () => {
		const html = readFileSync('tests/fixtures/line-breaks/topic.html', 'utf8');
		expect(breakPhrases(html)).not.toBe(html);
		expect(extractPage(breakPhrases(html))).toEqual(extractPage(html));
	});
});
