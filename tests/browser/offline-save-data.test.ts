// A first visit from a browser that asks to save data (Chromium's Data Saver, emulated over CDP:
// navigator.connection.saveData and the Save-Data header). The worker installs without downloading
// the site; the offline page offers a button, shows files and bytes while it caches, and says when
// it is done. The tests run in order in one profile, as one reader's visit would.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts';
import { serveStatic, type Served } from '../support/static-server.ts';
import { listPrecache, type Precache } from '../../src/offline/precache.ts';
import { readingPages } from '../../src/offline/reading-pages.ts';
import { langs } from '../../src/config/locales.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-save-data-'));
let context: BrowserContext;
let page: Page;
let server: Served;
let precache: Precache;
const served: string[] = [];

beforeAll(async () => {
	precache = await listPrecache('dist', '/', readingPages(process.cwd()));
	server = await serveStatic('dist', '/', { onServe: (path) => served.push(path) });
	context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	page = context.pages()[0] ?? (await context.newPage());
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
	// Every text the status line shows, to see the progress that passes too fast to poll.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { kbStatusTexts: string[] }).kbStatusTexts = []);
		new MutationObserver(() => {
			const text = document.querySelector('.kb-offline-status')?.textContent;
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
});

afterAll(async () => {
	await context?.close();
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

const cachedCount = () =>
	page.evaluate(async () => {
		let count = 0;
		for (const name of await caches.keys()) count += (await (await caches.open(name)).keys()).length;
		return count;
	});

describe('with Save-Data', () => {
	test('the first visit installs the worker but downloads no other page and no search index', { timeout: 60_000 }, async () => {
		await page.goto(`${server.url}en/offline/`);
		await page.waitForSelector('kb-offline-status[data-offline-state="on-demand"]', { timeout: 50_000 });
		const others = readingPages(process.cwd()).filter((url) => url !== '/en/offline/');
		expect(served.filter((path) => others.includes(path) || path.startsWith('/pagefind/'))).toEqual([]);
		expect(await cachedCount()).toBe(0);
	});

	test('the offline page offers to make the site available offline', async () => {
		const button = page.getByRole('button', { name: 'Make available offline' });
		expect(await button.isVisible()).toBe(true);
		expect(await page.textContent('.kb-offline-status')).toContain(`${precache.files.length} files`);
	});

	test('the button caches every file, showing files and bytes on the way, and says when it is done', { timeout: 120_000 }, async () => {
		await page.getByRole('button', { name: 'Make available offline' }).click();
		await page.waitForSelector(`kb-offline-status[data-offline-state="complete"][data-offline-version="${precache.version}"]`, { timeout: 100_000 });
		const texts = await page.evaluate(() => (window as unknown as { kbStatusTexts: string[] }).kbStatusTexts);
		expect(texts.some((t) => new RegExp(`^Saving the offline copy \\(\\d+ of ${precache.files.length} files, [\\d.]+ of [\\d.]+ MB\\)`).test(t))).toBe(true);
		expect(texts.at(-1)).toMatch(/^The offline copy is saved/);
		expect(await page.getByRole('button', { name: 'Make available offline' }).isVisible()).toBe(false);
		// And the worker's lists of them (shell, one per language), kept so that its status works offline.
		expect(await cachedCount()).toBe(precache.files.length + 1 + langs.length);
	});

	test('after the download, pages open with the network cut', async () => {
		await context.setOffline(true);
		const response = await page.goto(`${server.url}introspection/`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').first().textContent()).toBe('内省と概念注入');
	});
});
