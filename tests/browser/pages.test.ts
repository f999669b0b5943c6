import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';

const site = inject('siteUrl');
const pages = readPages(process.cwd());
const byKey = new Map(pages.map((p) => [`${p.lang}:${p.slug}`, p]));

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	const res = await page.goto(new URL(url.slice(1), site).href);
	expect(res?.status(), url).toBe(200);
	return { page, errors };
}

// Each page is loaded once: the first test reads it as loaded, the second then leaves it through the
// language picker (tests in a describe run in order).
describe.each(pages.map((p) => [p.url, p] as const))('%s', (url, p) => {
	let opened: { page: Page; errors: string[] };
	beforeAll(async () => {
		opened = await open(url);
	});
	afterAll(() => opened?.page.close());

	test('has the page language, title and main heading', async () => {
		const { page, errors } = opened;
		expect(await page.getAttribute('html', 'lang')).toBe(p.lang);
		const title = String(p.frontmatter.title);
		expect(await page.title()).toContain(title);
		await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);
		expect(errors, 'console errors').toEqual([]);
	});

	test('language picker leads to the counterpart page', async () => {
		const other = p.lang === 'ja' ? 'en' : 'ja';
		const counterpart = byKey.get(`${other}:${p.slug}`)!;
		const { page } = opened;
		// Starlight renders one picker for wide and one for narrow screens; use the visible one.
		const select = page.locator('starlight-lang-select select:visible').first();
		await Promise.all([page.waitForURL((u) => u.href === new URL(counterpart.url.slice(1), site).href), select.selectOption({ label: other === 'ja' ? '日本語' : 'English' })]);
		expect(await page.getAttribute('html', 'lang')).toBe(other);
	});
});
