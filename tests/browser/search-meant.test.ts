// Search finds what the reader meant when what was typed finds nothing (a spelling variant, an IME
// slip, a typo), says so with a link back to the literal search, still finds nothing where the site
// has nothing, and shows only the site's own words: no index-only token in a title, excerpt or
// highlight.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
/** One search page per language, reused: each search is submitted in place, as a reader would. */
const pages = {} as Record<'ja' | 'en', Page>;
beforeAll(async () => {
	browser = await launchBrowser();
	for (const lang of ['ja', 'en'] as const) {
		pages[lang] = await browser.newPage();
		await pages[lang].goto(new URL(`${lang === 'en' ? 'en/' : ''}search/`, site).href);
		await pages[lang].waitForSelector('[data-search-status="done"]');
	}
});
afterAll(() => browser?.close());

/** Submits a query on the language's search page and returns the result links and status line. */
async function searchPage(lang: 'ja' | 'en', q: string): Promise<{ page: Page; results: string[]; status: string }> {
	const page = pages[lang];
	await page.evaluate(async (q) => {
		const box = document.querySelector<HTMLElement>('[data-search-status]')!;
		const input = document.querySelector<HTMLInputElement>('#kb-page-input')!;
		const done = new Promise<void>((resolve) => {
			let loading = false;
			const mo = new MutationObserver(() => {
				if (box.dataset.searchStatus === 'loading') loading = true;
				if (loading && box.dataset.searchStatus === 'done') {
					mo.disconnect();
					resolve();
				}
			});
			mo.observe(box, { attributes: true });
		});
		input.value = q;
		input.form!.requestSubmit();
		await done;
	}, q);
	const results = await page.$$eval('[data-search-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { page, results, status: (await page.textContent('.kb-results-status')) ?? '' };
}

describe.each([
	{ lang: 'ja' as const, typed: '人格付け', meant: '人格づけ', says: ['もしかして「人格づけ」？', '（「人格付け」に一致するページはありません）'], page: '/personality-engineering/' },
	{ lang: 'en' as const, typed: 'concept injecton', meant: 'concept injection', says: ['Did you mean “concept injection”?', 'no page matches “concept injecton”'], page: '/en/introspection/' },
])('$lang: a query the site writes otherwise ($typed)', ({ lang, typed, meant, says, page: expected }) => {
	test('finds the pages of the site’s form and says what was searched', async () => {
		const { page, results, status } = await searchPage(lang, typed);
		for (const s of says) expect(status).toContain(s);
		expect(results).toContain(expected);
		const marks = await page.$$eval('.kb-hit mark', (ms) => ms.map((m) => m.textContent ?? ''));
		expect(marks.some((m) => meant.toLowerCase().includes(m.toLowerCase()))).toBe(true);
	});

	test('links back to the search of exactly what was typed, which finds nothing', async () => {
		const { page } = await searchPage(lang, typed);
		await Promise.all([page.waitForURL(/literal=1/), page.click('[data-search-as-typed]')]);
		await page.waitForSelector('[data-search-status="done"]');
		expect(await page.$$('[data-search-result]')).toHaveLength(0);
		expect(await page.textContent('.kb-results-status')).toContain(typed);
	});
});

test.each([
	['ja', ['新幹線', 'ガベージコレクション', '量子コンピュータ', 'しんかんせん']],
	['en', ['bullet train', 'garbage collection', 'reward hacking', 'blockchain']],
] as const)('%s: terms no page has still find nothing, corrected or not', async (lang, terms) => {
	for (const q of terms) expect((await searchPage(lang, q)).results, q).toEqual([]);
});

test('the header box says "did you mean" as you type, and links to the search as typed', async () => {
	const page = await browser.newPage();
	await page.goto(new URL('en/', site).href);
	const box = page.locator('#kb-search-input');
	await box.fill('halucination');
	const status = page.locator('#kb-search-panel .kb-search-status');
	await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Did you mean “hallucination”?');
	expect(await page.getAttribute('#kb-search-panel [data-search-as-typed]', 'href')).toMatch(/\?q=halucination&literal=1$/);
	expect(await page.locator('#kb-search-panel [data-search-result]').count()).toBeGreaterThan(0);
	await page.close();
});

test('a highlight marks only the words, never the quotes or punctuation around them', async () => {
	const { page } = await searchPage('en', 'emotion vector');
	const marks = await page.$$eval('.kb-hit mark', (ms) => ms.map((m) => m.textContent ?? ''));
	expect(marks.length).toBeGreaterThan(0);
	for (const m of marks) expect(m).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
});

// Years, paper numbers (arXiv ids), model versions and other figures: each is indexed with a
// canonical word (kbn…) that must never reach the reader, in any result, loaded early or late.
const FIGURES = ['2025', '2026', '2017', '2509.26464', '2404.09932', '41,000', '20%', '4.5', 'GPT-5.2', 'Claude Opus 4.1'];
test.each(['ja', 'en'] as const)('%s: searching years, arXiv ids, versions and other figures shows only the site’s words', async (lang) => {
	for (const q of FIGURES) {
		const { page, results } = await searchPage(lang, q);
		expect(results.length, q).toBeGreaterThan(0);
		// Results past the first screen load their excerpts as they scroll into view.
		await page.evaluate(async () => {
			for (const item of document.querySelectorAll('.kb-hit')) {
				item.scrollIntoView();
				await new Promise((r) => setTimeout(r, 10));
			}
		});
		await page.waitForFunction(() => !document.querySelector('[data-search-pending]'), undefined, { timeout: 10_000 });
		const shown = await page.$$eval('.kb-hit', (hits) => hits.map((h) => h.textContent ?? '').join('\n'));
		expect(shown, q).not.toMatch(/kbn[0-9a-z]/i);
	}
});
