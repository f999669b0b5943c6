import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { focusStop, tabRound, visibleControls } from '../support/keyboard.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(new URL(path.slice(1), site).href);
	return page;
}

const activeMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

// Short-link pages redirect at once: there is nothing to Tab through before the page is gone.
describe.each(builtPages().filter((p) => !/^(\/en)?\/s\//.test(p)))('%s', (path) => {
	test('Tab reaches every visible control, and the focus is always visible on screen', async () => {
		const page = await open(path);
		// The offline page's status grows by its details once the service worker answers, moving what
		// is below it: tab through the page as it then stands.
		if (await page.locator('kb-offline-status').count()) await page.locator('kb-offline-status:not([data-offline-state="waiting"]) .kb-offline-detail:not([hidden])').waitFor({ timeout: 20_000 });
		const controls = await visibleControls(page);
		const reached = new Set<string>();
		const unseen: string[] = [];
		// One full round: the focus then leaves the page for the browser's own UI. Controls that appear
		// only when focused (a heading's link button) are extra stops, hence the generous bound.
		for (const stop of await tabRound(page, controls.length, controls.length * 4 + 20)) {
			if (stop.key) reached.add(stop.key);
			if (!stop.indicator || !stop.onScreen) unseen.push(`${stop.label}: ${stop.onScreen ? 'no focus outline' : 'focused off screen'}`);
		}
		expect(controls.filter((c) => !reached.has(c.key)).map((c) => c.label), 'controls Tab never reaches').toEqual([]);
		expect(unseen, 'focus stops a reader cannot see').toEqual([]);
		await page.close();
	});
});

describe.each([
	['/', '概念注入'],
	['/en/', 'concept injection'],
])('search from the header of %s by keyboard', (path, query) => {
	test('/ focuses the search field, ↓ reaches the results, Enter opens one', async () => {
		const page = await open(path);
		await page.keyboard.press('/');
		expect(await activeMatches(page, '#kb-search-input')).toBe(true);
		await page.keyboard.type(query);
		await page.locator('#kb-search-panel:not([hidden]) [data-search-result]').first().waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await activeMatches(page, '#kb-search-panel [data-search-result]')).toBe(true);
		expect((await focusStop(page)).indicator).toBe(true);
		const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
		expect(href).not.toBe(page.url());
		await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
		await page.close();
	});

	test('Escape closes the results and returns to the field; Ctrl+K focuses it again', async () => {
		const page = await open(path);
		await page.keyboard.press('Control+k');
		expect(await activeMatches(page, '#kb-search-input')).toBe(true);
		await page.keyboard.type(query);
		await page.locator('#kb-search-panel:not([hidden]) [data-search-result]').first().waitFor();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await page.locator('#kb-search-panel').isHidden()).toBe(true);
		expect(await activeMatches(page, '#kb-search-input')).toBe(true);
		await page.locator('main').click({ position: { x: 1, y: 1 } });
		await page.keyboard.press('Control+k');
		expect(await activeMatches(page, '#kb-search-input')).toBe(true);
		await page.close();
	});
});

describe.each([
	['/search/', '内省'],
	['/en/search/', 'introspection'],
])('the search page %s by keyboard', (path, query) => {
	test('Tab to the field, type, Enter: results come, and Tab reaches the first one', async () => {
		const page = await open(path);
		for (let i = 0; i < 50 && !(await activeMatches(page, '#kb-page-input')); i++) await page.keyboard.press('Tab');
		expect(await activeMatches(page, '#kb-page-input')).toBe(true);
		await page.keyboard.type(query);
		await page.keyboard.press('Enter');
		await page.locator('[data-search-status="done"] [data-search-result]').first().waitFor();
		for (let i = 0; i < 5 && !(await activeMatches(page, '[data-search-result]')); i++) await page.keyboard.press('Tab');
		expect(await activeMatches(page, '.kb-result-list [data-search-result]')).toBe(true);
		expect((await focusStop(page)).onScreen).toBe(true);
		await page.close();
	});
});
