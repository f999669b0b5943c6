// Fonts, scripts, styles, images and the search index all come from the site itself: every page
// of both languages is opened, a search is run on each search page, the service worker caches the
// site, and any request (from a page, a worker or the service worker) to another origin fails.
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { searchResults } from '../support/search-results.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';

const site = inject('siteUrl');
const origin = new URL(site).origin;
const urls = readPages(process.cwd()).map((p) => p.url);

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : r.frame().url() }));
	page = await context.newPage();
});
afterAll(() => browser?.close());

/** Requests that left the site: over the network (http, ws) to another origin. */
const foreign = () => requests.filter((r) => /^(https?|wss?):/.test(r.url) && new URL(r.url).origin !== origin).map((r) => `${r.url} (from ${r.from})`);

test.each(urls)('%s requests nothing from another origin', async (url) => {
	await page.goto(new URL(url.slice(1), site).href, { waitUntil: 'networkidle' });
	expect(foreign()).toEqual([]);
});

test.each([
	['Japanese', 'ja', '概念注入'],
	['English', 'en', 'concept injection'],
] as const)('a search in %s loads its index from the site alone', async (_, lang, q) => {
	const before = requests.length;
	expect((await searchResults(page, site, lang, q)).length).toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(requests.slice(before).some((r) => r.url.includes('/pagefind/'))).toBe(true);
	expect(foreign()).toEqual([]);
});

test('the service worker caches the site from the site alone', async () => {
	await page.goto(new URL('en/offline/', site).href);
	await page.waitForSelector('[data-offline-state="complete"]', { timeout: 50_000 });
	expect(requests.filter((r) => r.from === 'service worker').length).toBeGreaterThan(urls.length);
	expect(foreign()).toEqual([]);
});
