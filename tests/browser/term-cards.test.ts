import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { langs, localePath } from '../../src/config/locales.ts';
import { topicSlugs } from '../../src/config/topics.ts';
import { extractPage } from '../../src/search/extract.ts';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const site = inject('siteUrl');
const local = (path: string) => new URL(path.slice(1), site).href;
const TERM = 'concept-injection';
const link = (page: Page) => page.locator(`a.term-link[data-term="${TERM}"]`).first();
const card = (page: Page) => page.locator(`[data-term-card="${TERM}"]`);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
});
afterAll(() => browser?.close());

async function open(path: string, ctx = context): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(local(path));
	return page;
}

describe.each(langs)('term cards (%s)', (lang) => {
	const path = localePath(lang, 'introspection');

	test('every term link is described by a hidden tooltip card of the same term', async () => {
		const page = await open(path);
		const pairs = await page.$$eval('a.term-link', (links) =>
			links.map((a) => {
				const target = document.getElementById(a.getAttribute('aria-describedby') ?? '');
				return { term: a.getAttribute('data-term'), card: target?.getAttribute('data-term-card'), role: target?.getAttribute('role'), hidden: target?.hidden };
			}),
		);
		expect(pairs.length).toBeGreaterThan(10);
		for (const p of pairs) expect(p).toEqual({ term: p.term, card: p.term, role: 'tooltip', hidden: true });
		await page.close();
	});

	test('hovering a term shows its card, and leaving it hides the card', async () => {
		const page = await open(path);
		await link(page).hover();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		await page.mouse.move(0, 0);
		await expect.poll(() => card(page).isVisible()).toBe(false);
		await page.close();
	});

	test('the pointer can move from the term onto the card and follow its link', async () => {
		const page = await open(path);
		await link(page).hover();
		await card(page).locator('a').hover();
		await Promise.all([page.waitForURL((u) => u.hash === `#term-${TERM}`), card(page).locator('a').click()]);
		expect(new URL(page.url()).pathname).toBe(localePath(lang, 'glossary'));
		await page.close();
	});

	test('focusing a term from the keyboard shows its card; Esc closes it and the focus stays on the term', async () => {
		const page = await open(path);
		await link(page).focus();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => card(page).isVisible()).toBe(false);
		expect(await link(page).evaluate((a) => a === document.activeElement)).toBe(true);
		await page.close();
	});

	test('Tab from a term goes on through the prose, not into its card, and the card closes', async () => {
		const page = await open(path);
		await link(page).focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('[data-term-card]'))).toBe(false);
		await expect.poll(() => card(page).isVisible()).toBe(false);
		await page.close();
	});

	test('Esc inside the card closes it and returns the focus to its term', async () => {
		const page = await open(path);
		await link(page).hover();
		await card(page).locator('a').focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => card(page).isVisible()).toBe(false);
		expect(await link(page).evaluate((a) => a === document.activeElement)).toBe(true);
		await page.close();
	});

	test('has no axe violations with a card open', async () => {
		const page = await open(path);
		await link(page).focus();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('term cards on a touch screen', () => {
	let touch: BrowserContext;
	beforeAll(async () => {
		touch = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	});

	test('a first tap shows the card and stays on the page; a second tap follows the link', async () => {
		const page = await open('/introspection/', touch);
		await link(page).tap();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toBe('/introspection/');
		await Promise.all([page.waitForURL((u) => u.hash === `#term-${TERM}`), link(page).tap()]);
		expect(new URL(page.url()).pathname).toBe('/glossary/');
		await page.close();
	});

	test('a tap elsewhere closes the card', async () => {
		const page = await open('/introspection/', touch);
		await link(page).tap();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		await page.locator('h1').tap();
		await expect.poll(() => card(page).isVisible()).toBe(false);
		await page.close();
	});

	test('the card fits on a 390 px screen', async () => {
		const page = await open('/introspection/', touch);
		await link(page).tap();
		const box = (await card(page).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		await page.close();
	});
});

test('a card for a term near the right edge stays inside the content column, clear of the table of contents', async () => {
	const page = await open('/en/introspection/');
	const layer = page.locator('a.term-link[data-term="layer"]').first();
	await layer.focus();
	const cardBox = (await page.locator('[data-term-card="layer"]').boundingBox())!;
	const column = (await page.locator('.sl-markdown-content').boundingBox())!;
	expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(column.x + column.width + 1);
	await page.close();
});

test('without JavaScript a term is a plain link to its glossary entry', async () => {
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const page = await open('/en/introspection/', noJs);
	expect(await card(page).isVisible()).toBe(false);
	await Promise.all([page.waitForURL((u) => u.hash === `#term-${TERM}`), link(page).click()]);
	expect(new URL(page.url()).pathname).toBe('/en/glossary/');
	await noJs.close();
});

test.each(topicSlugs.flatMap((slug) => langs.map((lang) => localePath(lang, slug))))('no card text reaches the search index from %s', (path) => {
	const html = readFileSync(`dist${path}index.html`, 'utf8');
	const text = extractPage(html)!.sections.map((s) => s.text).join('\n');
	expect(html).toContain('data-term-card=');
	for (const phrase of ['用語集で見る', 'See the glossary', '読み：', 'Reading: ']) expect(text).not.toContain(phrase);
});
