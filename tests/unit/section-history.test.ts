// Section history from git, on a repository built in the test: which change dates which section in
// which language, which language lags, and what the translation-status command says.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeHistory, pageKey, type History } from '../../src/history/compute.ts';
import { readContent } from '../../src/history/site.ts';
import { translationLags } from '../../src/history/status.ts';
import { historyRepo, mdx, type HistoryRepo } from '../support/history-repo.ts';

const JA = 'content/topic.mdx';
const EN = 'content/en/topic.mdx';

const ja = (opts: { alpha?: string; beta?: string; betaId?: string } = {}) =>
	mdx('話題', 'これは要約です。', [
		['alpha', 'アルファ', opts.alpha ?? 'アルファの本文です。数値は41%です。'],
		[opts.betaId ?? 'beta', 'ベータ', opts.beta ?? 'ベータの本文です。[出典](https://example.org/a)を見てください。'],
	]);
const en = (opts: { alpha?: string; beta?: string; betaId?: string } = {}) =>
	mdx('Topic', 'This is the summary.', [
		['alpha', 'Alpha', opts.alpha ?? 'The alpha text. The figure is 41%.'],
		[opts.betaId ?? 'beta', 'Beta', opts.beta ?? 'The beta text. See [the source](https://example.org/a).'],
	]);

let repo: HistoryRepo;
beforeEach(() => {
	repo = historyRepo();
	repo.commit('2026-11-01', 'Topic in both languages', { [JA]: ja(), [EN]: en() });
});
afterEach(() => repo.remove());

function history(retired: Record<string, string> = {}): History & { known: true } {
	const h = computeHistory({ root: repo.root, localeDirs: { ja: '', en: 'en' }, retired, current: readContent(repo.root) });
	if (!h.known) throw new Error(`history unknown: ${h.reason}`);
	return h;
}
const section = (h: History & { known: true }, lang: string, id: string) => h.pages.get(pageKey(lang, 'topic'))!.sections.find((s) => s.id === id)!;
const dateOf = (h: History & { known: true }, lang: string, id: string) => section(h, lang, id).changes.at(-1)?.date;
const lags = (h: History) => translationLags(h, ['topic'], ['ja', 'en']);

describe('section dates', () => {
	test('a change to one Japanese section dates that section only, with the commit message as summary', () => {
		repo.commit('2026-11-10', 'Alpha: corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		const h = history();
		expect(dateOf(h, 'ja', 'alpha')).toBe('2026-11-10');
		expect(section(h, 'ja', 'alpha').changes.at(-1)!.summary).toBe('Alpha: corrected figure');
		expect(dateOf(h, 'ja', 'beta')).toBe('2026-11-01');
		expect(dateOf(h, 'en', 'alpha')).toBe('2026-11-01');
	});

	test('a changed link target is a content change', () => {
		repo.commit('2026-11-10', 'Beta: new source', { [EN]: en({ beta: 'The beta text. See [the source](https://example.org/b).' }) });
		expect(dateOf(history(), 'en', 'beta')).toBe('2026-11-10');
	});

	test.each([
		['rewrapped lines', ja({ alpha: 'アルファの本文です。\n数値は41%です。' })],
		['emphasis added', ja({ alpha: '**アルファ**の本文です。数値は*41%*です。' })],
		['blank lines and trailing spaces', ja({ alpha: 'アルファの本文です。   \n\n\n数値は41%です。' })],
	])('a formatting-only change (%s) gives no new date', (_name, text) => {
		repo.commit('2026-11-10', 'Formatting', { [JA]: text });
		const h = history();
		expect(dateOf(h, 'ja', 'alpha')).toBe('2026-11-01');
		expect(lags(h)).toEqual([]);
	});

	test('moving a section within the page gives it no new date', () => {
		const moved = mdx('話題', 'これは要約です。', [
			['beta', 'ベータ', 'ベータの本文です。[出典](https://example.org/a)を見てください。'],
			['alpha', 'アルファ', 'アルファの本文です。数値は41%です。'],
		]);
		repo.commit('2026-11-10', 'Sections reordered', { [JA]: moved });
		const h = history();
		expect([dateOf(h, 'ja', 'alpha'), dateOf(h, 'ja', 'beta')]).toEqual(['2026-11-01', '2026-11-01']);
	});

	test('a section renamed through the link manifest keeps its history', () => {
		repo.commit('2026-11-05', 'Beta: more text', { [JA]: ja({ beta: 'ベータの本文を増やしました。' }), [EN]: en({ beta: 'More beta text.' }) });
		repo.commit('2026-11-10', 'Beta renamed to gamma', { [JA]: ja({ beta: 'ベータの本文を増やしました。', betaId: 'gamma' }), [EN]: en({ beta: 'More beta text.', betaId: 'gamma' }) });
		const h = history({ '/topic/#beta': '/topic/#gamma' });
		expect(section(h, 'ja', 'gamma').changes.map((c) => c.date)).toEqual(['2026-11-01', '2026-11-05']);
		expect(h.pages.get(pageKey('ja', 'topic'))!.sections.map((s) => s.id)).toEqual(['summary', 'alpha', 'gamma']);
	});

	test('a section renamed without a manifest entry starts a new history', () => {
		repo.commit('2026-11-10', 'Beta renamed to gamma', { [JA]: ja({ betaId: 'gamma' }), [EN]: en({ betaId: 'gamma' }) });
		expect(section(history(), 'ja', 'gamma').changes.map((c) => c.date)).toEqual(['2026-11-10']);
	});
});

describe('translation lag', () => {
	test('changing a Japanese section only makes its English counterpart lag, listing the commit', () => {
		const hash = repo.commit('2026-11-10', 'Alpha: corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		const [lag, ...rest] = lags(history());
		expect(rest).toEqual([]);
		expect(lag).toMatchObject({ slug: 'topic', id: 'alpha', behind: 'en', ahead: 'ja', dates: { ja: '2026-11-10', en: '2026-11-01' } });
		expect(lag.commits.map((c) => c.hash)).toEqual([hash]);
	});

	test('then changing the English section brings both up to date', () => {
		repo.commit('2026-11-10', 'Alpha (ja): corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		repo.commit('2026-11-12', 'Alpha (en): corrected figure', { [EN]: en({ alpha: 'The alpha text. The figure is 42%.' }) });
		expect(lags(history())).toEqual([]);
	});

	test('a commit marked [translation-ok] dates the section without a lag', () => {
		repo.commit('2026-11-10', 'Alpha: typo [translation-ok]', { [JA]: ja({ alpha: 'アルファの本文です。数値は41%でした。' }) });
		const h = history();
		expect(dateOf(h, 'ja', 'alpha')).toBe('2026-11-10');
		expect(lags(h)).toEqual([]);
	});

	test('a later commit with a Translation-ok trailer settles a lag, even an empty commit', () => {
		repo.commit('2026-11-10', 'Alpha: wording', { [JA]: ja({ alpha: 'アルファの本文です。値は41%です。' }) });
		expect(lags(history())).toHaveLength(1);
		repo.commit('2026-11-11', 'Translation checked\n\nTranslation-ok: topic#alpha');
		expect(lags(history())).toEqual([]);
	});
});

describe('without history', { timeout: 30_000 }, () => {
	test('a folder that is not a git checkout has unknown dates and no lags, without failing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-nogit-'));
		try {
			mkdirSync(join(dir, 'content/en'), { recursive: true });
			writeFileSync(join(dir, JA), ja());
			writeFileSync(join(dir, EN), en());
			const h = computeHistory({ root: dir, localeDirs: { ja: '', en: 'en' }, current: readContent(dir) });
			expect(h).toMatchObject({ known: false, reason: expect.stringMatching(/not a git checkout/) });
			expect(lags(h)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a shallow clone has unknown dates rather than the wrong ones', () => {
		repo.commit('2026-11-10', 'Alpha: corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		const clone = mkdtempSync(join(tmpdir(), 'kb-shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
			const h = computeHistory({ root: clone, localeDirs: { ja: '', en: 'en' }, current: readContent(clone) });
			expect(h).toMatchObject({ known: false, reason: expect.stringMatching(/shallow/) });
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	});
});

// Each case starts the command in its own Node process, which takes seconds on a loaded machine.
describe('npm run status:translations', { timeout: 30_000 }, () => {
	const cli = (...args: string[]) => spawnSync(resolve('node_modules/.bin/node'), [resolve('scripts/status-translations.ts'), '--root', repo.root, ...args], { encoding: 'utf8' });

	test.each([
		['in step, plain', [], 0],
		['in step, --strict', ['--strict'], 0],
	])('exits 0 when every section is in step (%s)', (_name, args, code) => {
		const run = cli(...(args as string[]));
		expect(run.stdout).toContain('every section is up to date');
		expect(run.status).toBe(code);
	});

	test('prints a lagging section with both dates and the commit, and exits 0', () => {
		repo.commit('2026-11-10', 'Alpha: corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		const run = cli();
		expect(run.stdout).toMatch(/topic#alpha .*en is behind ja/);
		expect(run.stdout).toContain('ja: last changed 2026-11-10');
		expect(run.stdout).toContain('en: last changed 2026-11-01');
		expect(run.stdout).toMatch(/[0-9a-f]{10} 2026-11-10 Alpha: corrected figure/);
		expect(run.status).toBe(0);
	});

	test('exits 1 with --strict when a section lags', () => {
		repo.commit('2026-11-10', 'Alpha: corrected figure', { [JA]: ja({ alpha: 'アルファの本文です。数値は42%です。' }) });
		expect(cli('--strict').status).toBe(1);
	});
});
