// A site above the offline threshold, in Chromium. The built site is copied and its offline files
// are written again with a threshold below its size (the build's own step, src/offline/), which is
// what a big site gets: a first visit saves the shell, the page opened and what search needs in the
// reader's language; the offline page offers "save everything" per language. The tests run in
// order in one profile, as one reader's visits would.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../support/browser.ts';
import { serveStatic, type Served } from '../support/static-server.ts';
import { PARITY_QUERIES, searchResults } from '../support/search-results.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { writeOffline } from '../../src/offline/build-service-worker.ts';
import { readingPages } from '../../src/offline/reading-pages.ts';
import type { Precache } from '../../src/offline/precache.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-offline-partial-'));
const site = join(work, 'site');
const english = readingPages(process.cwd()).filter((url) => url.startsWith('/en/'));
const pages = readPages(process.cwd());
const EN_QUERIES = PARITY_QUERIES.filter((q) => q.lang === 'en');
let precache: Precache;
let context: BrowserContext;
let page: Page;
let server: Served;
let port: number;
let served: string[] = [];
const expectedOnline = new Map<string, string[]>();

beforeAll(async () => {
	// inject() makes the global setup build dist/ first.
	const online = inject('siteUrl');
	cpSync('dist', site, { recursive: true });
	// 100 kB: far below today's whole copy (about 1.06 MB), so the site counts as big.
	precache = (await writeOffline(site, '/', readingPages(process.cwd()), 100_000)).precache;
	server = await serveStatic(site, '/', { onServe: (path) => served.push(path) });
	port = Number(new URL(server.url).port);
	const reference = await launchBrowser();
	const referencePage = await (await reference.newContext({ serviceWorkers: 'block' })).newPage();
	for (const { lang, q } of EN_QUERIES) expectedOnline.set(q, await searchResults(referencePage, online, lang, q));
	await reference.close();
	context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	page = context.pages()[0] ?? (await context.newPage());
	// Every text the status line shows, to see the progress that passes too fast to poll.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { kbStatusTexts: string[] }).kbStatusTexts = []);
		new MutationObserver(() => {
			const text = document.querySelector('.kb-offline-status')?.textContent;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
}, 200_000);

afterAll(async () => {
	await context?.close();
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

const at = (path: string) => `${server.url}${path.slice(1)}`;
const offline = async (on: boolean) => {
	await context.setOffline(on);
	if (on) await server.close();
	else server = await serveStatic(site, '/', { port, onServe: (path) => served.push(path) });
};
const missText = () => page.locator('.kb-offline-miss p:not([hidden])').allTextContents();

describe('a site above the offline threshold', () => {
	test('sw.js is the same size as the small site\'s', () => {
		expect(precache.mode).toBe('partial');
		expect(Math.abs(readFileSync(join(site, 'sw.js')).length - readFileSync('dist/sw.js').length)).toBeLessThan(40);
	});

	test('a first visit saves the page opened and English search, not the other pages or the Japanese index', { timeout: 90_000 }, async () => {
		await page.goto(at('/en/introspection/'));
		// The worker installs after the page has loaded, and keeps the pages open then.
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 80_000 });
		await page.goto(at('/en/offline/'));
		await page.waitForSelector('kb-offline-status[data-offline-state="complete"][data-offline-mode="partial"]', { timeout: 80_000 });
		// The shell holds the offline pages of both languages (they say what is saved); core-en the English home and search pages.
		const others = readingPages(process.cwd()).filter((url) => !['/en/introspection/', '/en/offline/', '/offline/', '/en/', '/en/search/'].includes(url));
		expect(served.filter((path) => others.includes(path))).toEqual([]);
		expect(served.filter((path) => /^\/pagefind\/(fragment|index)\/|xja_|kb-lexicon\.ja/.test(path))).toEqual([]);
		expect(await page.getAttribute('kb-offline-status', 'data-offline-saved')).toBe('');
	});

	test('the offline page says which mode and what is saved, and offers each language with its size', async () => {
		const status = await page.textContent('kb-offline-status');
		expect(status).toContain('more than 0.1 MB compressed');
		expect(status).toContain('English reading pages and search: only the pages you opened are saved');
		expect(status).toContain('Side-by-side views and slide kits: saved when opened');
		const mb = (precache.lists.en.reduce((sum, f) => sum + f.gzip, 0) / 1e6).toFixed(1);
		expect(await page.getByRole('button', { name: `Save everything in English (${mb} MB to download` }).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: /^Save everything in Japanese/ }).isVisible()).toBe(true);
	});

	test('with the network cut, the page opened before opens', async () => {
		await offline(true);
		const response = await page.goto(at('/en/introspection/'));
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').first().textContent()).toBe(pages.find((p) => p.url === '/en/introspection/')!.frontmatter.title);
	});

	test('with the network cut, a page not opened says in English that it was not saved, and links to the offline page', async () => {
		const response = await page.goto(at('/en/governance/'));
		expect(response?.status()).toBe(503);
		expect(await page.locator('h1').first().textContent()).toBe('This page was not saved for offline reading');
		expect((await missText())[0]).toContain('this page was not saved for offline reading');
		expect(await page.locator('.kb-offline-miss a[href="/en/offline/"]').count()).toBe(1);
	});

	test('with the network cut, a slide kit not opened links to its section on the saved reading page', async () => {
		await page.goto(`${at('/en/slides/introspection/')}#concept-injection`);
		const link = page.locator('a.kb-miss-reading');
		expect(await link.isVisible()).toBe(true);
		expect(await link.getAttribute('href')).toBe('/en/introspection/#concept-injection');
		await link.click();
		await page.waitForURL(at('/en/introspection/#concept-injection'));
		expect(await page.locator('#concept-injection').count()).toBe(1);
	});

	test('with the network cut, a side-by-side view not opened answers in Japanese, never the 404', async () => {
		const response = await page.goto(at('/parallel/governance/'));
		expect(response?.status()).toBe(503);
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		expect(await page.locator('h1').first().textContent()).toBe('このページはオフライン用に保存されていません');
		expect(await page.locator('a.kb-miss-reading').isVisible()).toBe(false);
	});

	test('with the network cut, a short link says clearly that it needs the network', async () => {
		const [from] = Object.entries(precache.redirects).find(([from, to]) => from.startsWith('/en/s/') && to.startsWith('/en/governance/'))!;
		const response = await page.goto(at(from));
		expect(response?.status()).toBe(503);
		expect(await missText()).toContain('Where this short link leads was not saved for offline reading. It needs the network.');
	});

	test('"save everything in English" shows progress and says when English is saved', { timeout: 120_000 }, async () => {
		await offline(false);
		await page.goto(at('/en/offline/'));
		await page.getByRole('button', { name: /^Save everything in English/ }).click();
		await page.waitForSelector('kb-offline-status[data-offline-saved~="en"][data-offline-state="complete"]', { timeout: 100_000 });
		expect(await page.textContent('kb-offline-status')).toMatch(/English reading pages and search: saved \(\d+ files/);
		const texts = await page.evaluate(() => (window as unknown as { kbStatusTexts: string[] }).kbStatusTexts);
		expect(texts.some((t) => /^Saving the offline copy \(\d+ of \d+ files, [\d.]+ of [\d.]+ MB\)/.test(t))).toBe(true);
		expect(await page.getByRole('button', { name: /^Save everything in English/ }).count()).toBe(0);
	});

	test('after saving English, with the network cut, every English page opens', async () => {
		await offline(true);
		for (const url of english) {
			const response = await page.goto(at(url));
			expect(response?.status(), url).toBe(200);
			const p = pages.find((x) => x.url === url);
			if (p) expect(await page.locator('h1').first().textContent(), url).toBe(String(p.frontmatter.title));
		}
	});

	test('after saving English, with the network cut, English searches give the website\'s results', async () => {
		for (const { lang, q } of EN_QUERIES) expect(await searchResults(page, server.url, lang, q), q).toEqual(expectedOnline.get(q));
		expect(expectedOnline.get('concept injection')!.length).toBeGreaterThan(0);
	});

	test('after saving English, with the network cut, an English short link lands on its section', async () => {
		const [from, to] = Object.entries(precache.redirects).find(([from, to]) => from.startsWith('/en/s/') && to.includes('#'))!;
		await page.goto(at(from));
		expect(page.url()).toBe(at(to));
	});

	test('a "save everything" cut off by a lost connection says so, and goes on by itself when the offline page is opened online', { timeout: 120_000 }, async () => {
		// Offline since the test above: the Japanese save cannot start.
		await page.goto(at('/en/offline/'));
		await page.getByRole('button', { name: /^Save everything in Japanese/ }).click();
		await page.waitForSelector('text=Saving stopped halfway', { timeout: 30_000 });
		await offline(false);
		served = [];
		await page.goto(at('/en/offline/'));
		await page.waitForSelector('kb-offline-status[data-offline-saved~="ja"][data-offline-saved~="en"]', { timeout: 100_000 });
		expect(served).toContain('/introspection/');
		// What English already had (the shared shell, the short-link shard) was not fetched again.
		expect(served.filter((path) => path.startsWith('/en/') && path !== '/en/offline/')).toEqual([]);
		expect(await page.locator('.kb-offline-note').isHidden()).toBe(true);
	});
});
