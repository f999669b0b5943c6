import { describe, expect, test } from 'vitest';
import { figuresIn } from '../../src/content-checks/figures.ts';
import { checkFigureParity } from '../../src/content-checks/figure-parity.ts';
import type { Page } from '../../src/content-checks/read-pages.ts';

// Japanese and English wording of the same figures: each pair must normalise to the same set.
test.each([
	['a full date', '2025年10月29日に公開', 'published on October 29, 2025'],
	['an ISO date and a day-month date', '2025-10-29', '29 October 2025'],
	['a month', '2025年6月のガイドライン', 'the June 2025 guideline'],
	['a day without a year', '10月29日', 'October 29'],
	['thousands separators', '約41,000件のクエリ', 'about 41,000 queries'],
	['Japanese ten-thousands', '約4万1000件', '41,000'],
	['ten-thousands with a decimal', '4.1万人', '41,000 people'],
	['millions in 万', '2,000万', '20 million'],
	['a number word', '18のモデル', 'eighteen models'],
	['a compound number word', '21の課題', 'twenty-one tasks'],
	['a kanji number with a counter', '三つの実験', 'three experiments'],
	['a percentage with and without a space', '約20%の試行', 'about 20 % of trials'],
	['a decimal version', 'Claude Opus 4.1', 'Claude Opus 4.1'],
	['a range', 'd = 1.7–5.0', 'd = 1.7 to 5'],
	['a model identifier', 'GPT-4oでは', 'in GPT-4o'],
	['an arXiv identifier', 'arXiv:2304.03442', 'arXiv:2304.03442'],
	['a number with a unit', '10Mbps', '10 Mbps'],
	['a number joined to a word', '72件の実験', 'the 72-experiment version'],
	['a decade', '1950年代', 'the 1950s'],
	['one, which English writes as a word', '1つの層', 'a single layer'],
	['link targets and heading ids', '[論文](https://arxiv.org/abs/2509.26464v1) {#study-5}', '[the paper](https://arxiv.org/abs/2509.26464)'],
	['ordered-list numbers', '1. 収集\n2. 抽出', '1. Collect\n2. Extract'],
])('%s: the same figures in both languages', (_, ja, en) => {
	expect(figuresIn(ja)).toEqual(figuresIn(en));
});

test.each([
	['a different percentage', '約20%', 'about 25 %'],
	['a different day', '2025年10月29日', 'October 28, 2025'],
	['a different version', 'Claude Opus 4.1', 'Claude Opus 4'],
	['a different identifier', 'GPT-4o', 'GPT-4'],
	['a number word that differs', '8つの価値', 'seven values'],
])('%s: the figures differ', (_, ja, en) => {
	expect(figuresIn(ja)).not.toEqual(figuresIn(en));
});

test('figures come out normalised, so a message can name them', () => {
	expect([...figuresIn('2025年10月29日、約41,000件、GPT-4o、eighteen')].sort()).toEqual(['18', '41000', 'date:2025-10-29', 'id:gpt-4o']);
	expect([...figuresIn('eighteen models')]).toEqual(['18']);
});

const page = (lang: 'ja' | 'en', body: string): Page => {
	const source = `---\ntitle: t\ndescription: d\n---\n\n${body}`;
	const lines = source.split('\n');
	return {
		file: lang === 'ja' ? 'content/x.mdx' : 'content/en/x.mdx',
		lang, slug: 'x', url: '/x/', source,
		frontmatter: { title: 't', description: 'd' }, frontmatterLines: {}, bodyLine: 6,
		headings: lines.flatMap((l, i) => (/^## .*\{#(.+)\}/.test(l) ? [{ depth: 2, text: l, id: /\{#(.+)\}/.exec(l)![1], line: i + 1 }] : [])),
		links: [],
	};
};

describe('checkFigureParity', () => {
	const ja = page('ja', '## 結果 {#results}\n\n約20%でした。');
	const en = page('en', '## Results {#results}\n\nAbout 25 % of trials.');

	test('a difference names the page, the section and the figures on each side', () => {
		expect(checkFigureParity([ja, en], []).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
			'content/x.mdx:6: section "results": figures differ from the same section in English (content/en/x.mdx:6): only in ja: 20; only in en: 25. Say the same in both languages, or allow the difference with a reason in src/data/figure-parity.yaml',
		]);
	});

	test('an allowance with a reason lets exactly that difference through', () => {
		expect(checkFigureParity([ja, en], [{ page: 'x', section: 'results', ja_only: ['20'], en_only: ['25'], reason: 'a test of the allowance' }])).toEqual([]);
	});

	test('an allowance for a difference that is gone fails, so the list stays short', () => {
		const same = page('en', '## Results {#results}\n\nAbout 20 % of trials.');
		expect(checkFigureParity([ja, same], [{ page: 'x', section: 'results', ja_only: ['20'], en_only: [], reason: 'no longer needed' }])[0].message).toContain('lists 20, which no longer differ');
	});

	test('the same figures in the same section pass', () => {
		expect(checkFigureParity([ja, page('en', '## Results {#results}\n\nAbout 20 % of trials.')], [])).toEqual([]);
	});
});
