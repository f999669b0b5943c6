import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { checkClaimMarkers, checkUnmarkedFigures, unmarkedFigures } from '../../src/content-checks/claims.ts';
import { checkFigureParity } from '../../src/content-checks/figure-parity.ts';
import { checkTocRepeats, checkWrongForms } from '../../src/content-checks/page-text.ts';
import { claimMarkers } from '../../src/reading/claim-markers.ts';
import { labelCells } from '../../src/markdown/table-labels.ts';

const root = process.cwd();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A content folder with one topic page (ai-futures) in both languages; bodies given. */
function site(ja: string, en: string) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-evidence-'));
	dirs.push(dir);
	mkdirSync(join(dir, 'en'));
	const fm = (title: string) => `---\ntitle: ${title}\ndescription: d\n---\n\n`;
	writeFileSync(join(dir, 'ai-futures.mdx'), fm('未来') + ja);
	writeFileSync(join(dir, 'en', 'ai-futures.mdx'), fm('Futures') + en);
	return readPages(root, dir);
}

describe('unmarked figures on topic pages', () => {
	test.each([
		['a figure in a sentence without a citation is flagged', '約355Mbpsです。', ['355']],
		['a figure in a sentence that links its primary source is not', '約355Mbpsです（[NICT](https://www.nict.go.jp/)）。', []],
		['a figure inside an evidence marker is not', '<Claim source="talk">約355Mbps</Claim>です。', []],
		['only the sentence with the link counts as cited', '[NICT](https://www.nict.go.jp/)です。355Mbpsです。', ['355']],
		['model versions, numbered experiments and list numbers are names, not figures', '1. Claude Opus 4と4.1の実験2です。', []],
		['a table cell without a citation is flagged', '| a | b |\n| --- | --- |\n| 速度 | 2,264年 |', ['2264']],
	])('%s', (_, body, expected) => {
		const pages = site(body, 'x');
		expect(unmarkedFigures(pages).filter((u) => u.page.lang === 'ja').map((u) => u.figure)).toEqual(expected);
	});

	test('an exception with a reason lets a figure through, and an unused one fails', () => {
		const pages = site('約355Mbpsです。', 'x');
		const reason = 'the page computes it from figures cited above';
		expect(checkUnmarkedFigures(pages, [{ page: 'ai-futures', section: 'lead', figures: ['355'], reason }])).toEqual([]);
		expect(checkUnmarkedFigures(pages, [{ page: 'ai-futures', section: 'lead', figures: ['10'], reason }]).map((p) => p.message).join('\n')).toMatch(/figure 355 has no citation[\s\S]*matches no unmarked figure/);
	});
});

describe('evidence markers in MDX', () => {
	const ids = new Set(['talk', 'video']);
	test('a marker naming an unknown discussion fails with file and line', () => {
		const [problem] = checkClaimMarkers(site('a\n\n<Claim source="slides">b</Claim>', 'x'), ids);
		expect(`${problem.file}:${problem.line}: ${problem.message}`).toMatch(/ai-futures\.mdx:8: <Claim source="slides">: the source must name one of talk, video/);
	});

	test('a marker that holds a link fails', () => {
		expect(checkClaimMarkers(site('<Claim source="talk">[x](https://example.org/)</Claim>', 'x'), ids).map((p) => p.message)).toEqual([expect.stringContaining('holds a link')]);
	});

	test('figures parity fails when a section marks a claim in one language only', () => {
		const problems = checkFigureParity(site('<Claim source="talk">速い</Claim>です。', 'It is fast.'), []);
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('evidence markers differ from the same section in English')]);
	});

	test('the build turns a marker into a numbered link with its discussion and a card', async () => {
		const { code } = (await mdxToJs('A <Claim source="talk">35 dB</Claim> and <Claim source="talk">10 Mbps</Claim>.', {
			hastPlugins: [claimMarkers('/', root)],
			fileURL: pathToFileURL(join(root, 'content/en/ai-futures.mdx')),
		} as never)) as { code: string };
		expect(code).toContain('id: "claim-2"');
		expect(code).toContain('"data-claim": "unverified"');
		expect(code).toContain('"data-claim-source": "talk"');
		expect(code).toContain('href: "/en/sources/#discussion-talk"');
		expect(code).toContain('"data-claim-card": "talk"');
		expect(code).toContain('No primary source was found that confirms it.');
	});
});

describe('what a reader sees of a page', () => {
	test('a heading that repeats Starlight\'s own "Overview" entry in the table of contents fails', () => {
		const problems = checkTocRepeats(site('## 研究の概要 {#overview}\n\n本文。', '## Overview {#overview}\n\nText.'));
		expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}`)).toEqual(['en/ai-futures.mdx:6']);
	});

	test('two headings with the same text fail', () => {
		expect(checkTocRepeats(site('## 例 {#a}\n\n## 例 {#b}', 'x'))).toHaveLength(1);
	});

	test.each([
		['露天の販売員', 'ja'],
		['総務・役員秘書', 'ja'],
	])('the wrong form %s fails on the page it was found on', (form) => {
		expect(checkWrongForms(root, site(`新聞・${form}です。`, 'x')).map((p) => p.message)).toEqual([expect.stringContaining('is wrong here')]);
	});
});

test('table cells carry their column header as a label', () => {
	const el = (tagName: string, children: never[] = [], value?: string) => (value ? { type: 'text', value } : { type: 'element', tagName, properties: {}, children }) as never;
	const table = el('table', [el('thead', [el('tr', [el('th', [el('', [], '項目')]), el('th', [el('', [], '数値')])])]), el('tbody', [el('tr', [el('td', [el('', [], 'a')]), el('td', [el('', [], 'b')])])])]);
	const out = labelCells(table) as unknown as { properties: Record<string, unknown>; children: { children: { children: { properties: Record<string, unknown> }[] }[] }[] };
	expect(out.properties.dataStack).toBe('');
	expect(out.children[1].children[0].children.map((td) => td.properties.dataLabel)).toEqual(['項目', '数値']);
});
