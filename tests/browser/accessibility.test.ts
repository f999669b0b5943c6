import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { axeViolations, themeRulesBeyondColour } from '../support/axe.ts';

const site = inject('siteUrl');
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

let browser: Browser;
/**
 * One tab per theme, taken from page to page: axe's 0.5 MB script then compiles from the tab's cache
 * instead of anew for every page. Each page still starts as a new visit would: no session storage
 * (where Starlight keeps the sidebar's state from the page before).
 */
const tabs = new Map<Theme, Page>();
beforeAll(async () => {
	browser = await launchBrowser();
	for (const theme of themes) {
		// Starlight reads the reader's choice from localStorage, else the system preference: set both.
		const context = await browser.newContext({ colorScheme: theme });
		await context.addInitScript((t) => {
			localStorage.setItem('starlight-theme', t);
			sessionStorage.clear();
		}, theme);
		tabs.set(theme, await context.newPage());
	}
});
afterAll(() => browser?.close());

const queryFor = (path: string) => (path.startsWith('/en/') ? 'introspection' : '内省');
// The header search panel is one component, drawn the same on every page: it is checked open on the
// home, a topic and the search page of each language (and every search page's own list), not on all.
const SEARCH_OPEN = new Set(['/', '/en/', '/introspection/', '/en/introspection/', '/search/', '/en/search/']);

/** Types a query into the header search box and waits for its panel to list results. */
async function openSearch(page: Page, path: string) {
	await page.locator('#kb-search-input').fill(queryFor(path));
	await page.locator('#kb-search-panel:not([hidden]) .kb-hit').first().waitFor();
}

/** Opens the page in the theme and checks the theme took: Starlight would fall back silently. */
async function openIn(theme: Theme, path: string) {
	const page = tabs.get(theme)!;
	await page.goto(new URL(path.slice(1), site).href);
	expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
	return page;
}

/** Checks the page with search closed, then (on SEARCH_OPEN pages) with the header search open. */
async function check(page: Page, path: string, violations: () => Promise<string[]>) {
	expect(await violations(), 'search closed').toEqual([]);
	if (!SEARCH_OPEN.has(path)) return;
	if (await page.locator('#kb-page-input').count()) {
		// The search page: its own results list too.
		await page.locator('#kb-page-input').fill(queryFor(path));
		await page.locator('#kb-page-input').press('Enter');
		await page.locator('[data-search-status="done"] .kb-hit').first().waitFor();
	}
	await openSearch(page, path);
	expect(await violations(), 'search open').toEqual([]);
}

// Every page gets every axe rule in the light theme. The dark theme changes colours only (the second
// test checks that on every page), so there it gets the rules whose outcome depends on colour: the
// rest would see the same elements, names and structure and only repeat the light run.
describe.each(builtPages())('%s', (path) => {
	const open = SEARCH_OPEN.has(path) ? ', with search closed and open' : '';
	test(`has no axe violations in the light theme${open}`, async () => {
		const page = await openIn('light', path);
		await check(page, path, () => axeViolations(page));
	});

	test(`has no colour violations in the dark theme, which only recolours the page${open}`, async () => {
		const page = await openIn('dark', path);
		expect(await themeRulesBeyondColour(page), 'theme rules that change more than colours (the dark theme then needs every axe rule)').toEqual([]);
		await check(page, path, () => axeViolations(page, { colourOnly: true }));
	});
});
