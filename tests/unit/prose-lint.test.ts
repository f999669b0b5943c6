import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { formatProblems } from '../../src/content-checks/index.ts';
import { lintProse } from '../../src/prose-lint/lint-prose.ts';
import { pairChecks } from '../../src/content-checks/pair-checks.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { insideQuotation } from '../../src/prose-lint/run-textlint.ts';
import { prhRules } from '../../src/prose-lint/prh-dictionary.ts';
import { loadGlossary } from '../../src/data/load.ts';

const root = process.cwd();
const F = 'tests/fixtures/prose-lint';
const lint = async (file: string) => formatProblems(await lintProse(root, [join(F, file)]));

test('the knowledge base has no prose findings (textlint, figures parity, sources complete)', async () => {
	expect(formatProblems(await lintProse(root, []))).toBe('');
}, 120_000);

test('a Japanese page in です・ます with a quoted title in another spelling passes', async () => {
	expect(await lint('clean.mdx')).toBe('');
});

test('an English page with the fixed forms passes', async () => {
	expect(await lint('en/clean.mdx')).toBe('');
});

describe.each([
	['dearu.mdx', `${F}/dearu.mdx:8: `, 'no-mix-dearu-desumasu'],
	['spacing.mdx', `${F}/spacing.mdx:8: `, 'ja-spacing/ja-space-between-half-and-full-width'],
	['variant.mdx', `${F}/variant.mdx:8: アラインメント => アライメント`, 'prh'],
	['en/variant.mdx', `${F}/en/variant.mdx:8: fine tuning => fine-tuning`, 'prh'],
])('%s', (file, where, rule) => {
	test(`fails naming file, line and the rule`, async () => {
		const out = await lint(file);
		expect(out).toContain(where);
		expect(out).toContain(`(textlint ${rule})`);
	});
});

describe('pair checks on a fixture site', () => {
	const out = formatProblems(pairChecks(root, readPages(root, join(root, F, 'site'))));

	test('a figure that differs between the languages names page, section and both sides', () => {
		expect(out).toContain(`${F}/site/introspection.mdx:7: section "results": figures differ from the same section in English (${F}/site/en/introspection.mdx:7): only in ja: 20; only in en: 25.`);
	});

	test('the same date in Japanese and English form is not a difference', () => {
		expect(out).not.toContain('date:2025-10-29');
	});

	test('a link to a listed source the page does not cite fails, naming the source to add', () => {
		expect(out).toContain(`${F}/site/introspection.mdx:13: link "https://arxiv.org/abs/2509.26464" is source "lehr-2025-self-preference", which this page's frontmatter \`sources:\` does not cite`);
	});

	test('a link to no listed source fails', () => {
		expect(out).toContain(`${F}/site/introspection.mdx:13: link "https://example.com/news" is not a source: add it to src/data/sources.yaml`);
	});

	test('a link to a cited source passes', () => {
		expect(out).not.toContain('transformer-circuits.pub/2025/introspection');
	});
});

test.each([
	['「AIにおけるアラインメント問題とは」', 10, 'ja', true],
	['本文は「引用」の後のアラインメントです', 14, 'ja', false],
	['He said "fine tuning" here', 10, 'en', true],
	['"quoted" then fine tuning', 15, 'en', false],
] as const)('insideQuotation(%j, %i, %s) is %s', (line, column, lang, expected) => {
	expect(insideQuotation(line, column, lang)).toBe(expected);
});

test('no glossary variant is part of its own fixed form, so the dictionary never flags a correct term', () => {
	const overlapping = (loadGlossary(root) as unknown as { id: string; ja: string; en: string; ja_variants?: string[]; en_variants?: string[] }[])
		.flatMap((t) => [...(t.ja_variants ?? []).filter((v) => t.ja.includes(v)), ...(t.en_variants ?? []).filter((v) => t.en.toLowerCase().includes(v.toLowerCase()))].map((v) => `${t.id}: ${v}`));
	expect(overlapping).toEqual([]);
});

test('the dictionary has one rule per term with variants, naming the fixed form', () => {
	const rules = prhRules([{ id: 'alignment', ja: 'アライメント', en: 'alignment', ja_variants: ['アラインメント'] }, { id: 'x', ja: 'x', en: 'x' }], 'ja');
	expect(rules).toEqual([{ expected: 'アライメント', patterns: ['/アラインメント/'], prh: 'glossary term "alignment" is written アライメント (src/data/glossary)' }]);
});
