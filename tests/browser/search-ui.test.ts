import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Opened { page: Page; errors: string[]; dialogs: string[] }
async function open(path: string): Promise<Opened> {
	const page = await browser.newPage();
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto(new URL(path, site).href);
	return { page, errors, dialogs };
}

async function searchPage(lang: 'ja' | 'en', q: string) {
	const opened = await open(`${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(q)}`);
	await opened.page.waitForSelector('[data-search-status="done"]');
	const results = await opened.page.$$eval('[data-search-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { ...opened, results };
}

test('the search page reads ?q= and lists each matching page once, in rank order', async () => {
	const { results, page } = await searchPage('ja', '概念注入');
	expect(results[0]).toBe('/introspection/');
	expect(await page.textContent('[data-search-result]')).toBe('内省と概念注入');
	expect(new Set(results).size).toBe(results.length);
	const sections = await page.$$eval('[data-search-section]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
	expect(sections.some((href) => /^\/introspection\/#[a-z0-9-]+$/.test(href ?? ''))).toBe(true);
	expect(await page.locator('.kb-hit mark').count()).toBeGreaterThan(0);
	await page.close();
});

test('results past the first screen are listed at once and get their excerpts when scrolled into view', async () => {
	const { page, results } = await searchPage('ja', '概念注入');
	const hits = page.locator('.kb-hit');
	expect(results.length).toBeGreaterThan(5);
	expect(await hits.nth(0).locator('.kb-excerpt').count()).toBeGreaterThan(0);
	const last = hits.nth(results.length - 1);
	expect(await last.locator('.kb-excerpt').count()).toBe(0);
	await last.scrollIntoViewIfNeeded();
	await last.locator('.kb-excerpt').first().waitFor();
	expect(await last.locator('mark').count()).toBeGreaterThan(0);
	const after = await page.$$eval('[data-search-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(after).toEqual(results);
	await page.close();
});

test('a term in the other language finds the page through the glossary', async () => {
	expect((await searchPage('ja', 'introspection')).results[0]).toBe('/introspection/');
	expect((await searchPage('en', '内省')).results[0]).toBe('/en/introspection/');
});

test('a question finds its answer among the first three', async () => {
	const { results } = await searchPage('ja', 'LLMはなぜ人間らしく振る舞うのか');
	expect(results.slice(0, 3)).toContain('/personality-engineering/');
});

test('an inflected form finds the pages of its base form', async () => {
	const inflected = (await searchPage('ja', '注入された')).results;
	const base = (await searchPage('ja', '注入')).results;
	expect(inflected.length).toBeGreaterThan(0);
	expect(new Set(inflected)).toEqual(new Set(base));
});

test('a quoted phrase matches only where the words stand together', async () => {
	const phrase = (await searchPage('en', '"emotion vector"')).results;
	const words = (await searchPage('en', 'emotion vector')).results;
	expect(phrase).toContain('/en/functional-emotions/');
	expect(phrase.length).toBeLessThanOrEqual(words.length);
});

describe.each([
	['empty', ''],
	['2,000 characters', '概念注入'.repeat(500)],
	['markup', '<img src=x onerror="alert(1)"><script>alert(2)</script>'],
	['emoji', '🤖🧠 概念注入 👩‍👩‍👧'],
	['lone surrogates', '\uD800概念\uDC00注入\uD83D'],
	['only punctuation', '。、！？「」…—()[]{}'],
])('bad input: %s', (_, q) => {
	test('is answered without error, dialog or injected markup', async () => {
		// Typed into the form, as a reader would: some of these cannot even travel in a URL.
		const { page, errors, dialogs } = await searchPage('ja', '');
		await page.evaluate((q) => {
			const input = document.querySelector<HTMLInputElement>('#kb-page-input')!;
			document.querySelector('[data-search-status]')!.setAttribute('data-search-status', 'typing');
			input.value = q;
			input.form!.requestSubmit();
		}, q);
		await page.waitForSelector('[data-search-status="done"]');
		expect(await page.locator('.kb-results img, .kb-results script').count()).toBe(0);
		if (q.startsWith('<img')) expect(await page.textContent('.kb-results-status')).toContain('<img src=x');
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

test('the header box shows matches as you type and is usable from the keyboard', async () => {
	const { page, errors } = await open('');
	await page.keyboard.press('/');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('kb-search-input');
	await page.keyboard.type('自己選好');
	const first = page.locator('#kb-search-panel [data-search-result]').first();
	await first.waitFor();
	expect(await first.getAttribute('href')).toBe('/self-preference/');
	await page.keyboard.press('ArrowDown');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/self-preference/');
	await page.keyboard.press('Escape');
	expect(await page.locator('#kb-search-panel').isHidden()).toBe(true);
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('kb-search-input');
	await page.keyboard.type('の');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/search\/\?q=/);
	expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=自己選好の');
	expect(errors).toEqual([]);
	await page.close();
});

test('a topic page loads the search code only when the header box is first focused', async () => {
	const page = await browser.newPage();
	// Every script body the page receives, to find the search client by a string only it contains.
	const scripts: string[] = [];
	page.on('response', (r) => void (r.request().resourceType() === 'script' && r.text().then((t) => scripts.push(t), () => {})));
	const hasSearch = () => scripts.some((t) => t.includes('kb-search:start'));
	await page.goto(new URL('en/introspection/', site).href, { waitUntil: 'networkidle' });
	expect(scripts.length).toBeGreaterThan(0);
	expect(hasSearch()).toBe(false);
	await page.focus('#kb-search-input');
	await page.keyboard.type('introspection');
	await page.locator('#kb-search-panel [data-search-result]').first().waitFor();
	expect(hasSearch()).toBe(true);
	await page.close();
});

test('the header search works without JavaScript: a form that opens the search page', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(new URL('en/introspection/', site).href);
	const form = page.locator('kb-search-box form');
	expect(await form.getAttribute('action')).toBe('/en/search/');
	expect(await form.locator('input').getAttribute('name')).toBe('q');
	await context.close();
});
