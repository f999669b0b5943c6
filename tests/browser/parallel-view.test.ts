import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { langs, localePath } from '../../src/config/locales.ts';
import { topicSlugs } from '../../src/config/topics.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

const site = inject('siteUrl');
const local = (path: string) => new URL(path.slice(1), site).href;
const pages = readPages(process.cwd());
const sectionIds = (slug: string) => pages.find((p) => p.lang === 'ja' && p.slug === slug)!.headings.filter((h) => h.id && (h.depth === 2 || h.depth === 3)).map((h) => h.id!);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(local(path));
	return page;
}

/** Where the two languages of a section sit. */
const boxes = (page: Page, id: string) =>
	page.locator(`section#${id}`).evaluate((s) => {
		const box = (lang: string) => s.querySelector(`:scope > [lang="${lang}"]`)!.getBoundingClientRect();
		return { ja: box('ja'), en: box('en') };
	});

describe.each(topicSlugs)('/parallel/%s/', (slug) => {
	test('every section of the topic is a section with its id, holding a Japanese and an English part', async () => {
		const page = await open(`/parallel/${slug}/`);
		const found = await page.$$eval('section[id]', (ss) => ss.map((s) => [s.id, ...[...s.children].map((c) => c.getAttribute('lang'))].join(' ')));
		expect(found).toEqual(['summary', ...sectionIds(slug)].map((id) => `${id} ja en`));
		expect(await page.getAttribute('html', 'lang')).toBe('ja');
		await page.close();
	});

	test.each(langs)('the %s page links to it near the top', async (lang) => {
		const page = await open(localePath(lang, slug));
		const link = page.locator('a[data-parallel-link]');
		expect(await link.getAttribute('href')).toBe(`/parallel/${slug}/`);
		const top = await link.evaluate((a) => a.getBoundingClientRect().top);
		expect(top).toBeLessThan(await page.locator('.sl-markdown-content > p:not(.kb-slide-kit-link, .kb-parallel-link)').first().evaluate((p) => p.getBoundingClientRect().top));
		await page.close();
	});
});

describe('layout', () => {
	test('on a wide screen the two languages of a section stand side by side', async () => {
		const page = await open('/parallel/introspection/');
		const { ja, en } = await boxes(page, 'concept-injection');
		expect(Math.abs(ja.top - en.top)).toBeLessThan(2);
		expect(en.left).toBeGreaterThanOrEqual(ja.right);
		await page.close();
	});

	test('on a 360 px phone the English follows the Japanese, and nothing scrolls sideways', async () => {
		const page = await open('/parallel/introspection/', 360);
		const { ja, en } = await boxes(page, 'concept-injection');
		expect(en.top).toBeGreaterThanOrEqual(ja.bottom);
		expect(Math.abs(ja.left - en.left)).toBeLessThan(2);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await page.close();
	});

	test('a #id link opens the page at that section', async () => {
		const page = await open('/parallel/introspection/#concept-injection', 360);
		await expect.poll(() => page.locator('section#concept-injection').evaluate((s) => Math.round(s.getBoundingClientRect().top))).toBeLessThan(200);
		expect(await page.locator('section#concept-injection').evaluate((s) => s.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
		await page.close();
	});
});

describe('a page of its own', () => {
	test('no id appears twice', async () => {
		const page = await open('/parallel/introspection/');
		const dupes = await page.$$eval('[id]', (els) => els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i));
		expect(dupes).toEqual([]);
		await page.close();
	});

	test('term cards work in both languages', async () => {
		const page = await open('/parallel/introspection/');
		for (const lang of langs) {
			const link = page.locator(`[lang="${lang}"] a.term-link[data-term="concept-injection"]`).first();
			await link.focus();
			const card = page.locator(`#${await link.getAttribute('aria-describedby')}`);
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await card.getAttribute('data-term-card')).toBe('concept-injection');
			await page.keyboard.press('Escape');
		}
		await page.close();
	});

	test('has no axe violations', async () => {
		const page = await open('/parallel/introspection/');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('has no language picker and no language alternates (one URL for both languages)', async () => {
		const page = await open('/parallel/introspection/');
		expect(await page.locator('starlight-lang-select').count()).toBe(0);
		expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
		await page.close();
	});

	test('stays out of the sitemap, the offline precache and the search index', () => {
		const sitemaps = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const f of sitemaps) expect(readFileSync(`dist/${f}`, 'utf8')).not.toContain('/parallel/');
		// The worker's lists live beside sw.js (kb-offline/<version>/*.json).
		const version = readdirSync('dist/kb-offline')[0];
		const lists = readdirSync(`dist/kb-offline/${version}`).filter((f) => f.endsWith('.json'));
		expect(lists).toContain('shell.json');
		for (const list of lists) expect(readFileSync(`dist/kb-offline/${version}/${list}`, 'utf8'), list).not.toContain('/parallel/');
		const urls = readdirSync('dist/pagefind/fragment').map((f) => /"url":"([^"]*)"/.exec(gunzipSync(readFileSync(`dist/pagefind/fragment/${f}`)).toString('utf8'))?.[1]);
		expect(urls).toContain('/introspection/');
		expect(urls.filter((u) => u?.includes('/parallel/'))).toEqual([]);
	});
});
