// The layout at phone, tablet and desktop widths in both languages: no page scrolls sideways, the
// site title and page title are never cut, and a screenshot of each page type at each width is kept
// in test-results/screenshots/ for a person to look at.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';

const site = inject('siteUrl');
const SHOTS = 'test-results/screenshots';
const WIDTHS = [360, 390, 768, 1280];

/** One page of each type, by its Japanese path; `/en` + path is its English counterpart. */
const PAGE_TYPES: [type: string, path: string][] = [
	['home', '/'],
	['topic', '/ai-futures/'],
	['glossary', '/glossary/'],
	['sources', '/sources/'],
	['search', '/search/?q=%E6%A6%82%E5%BF%B5%E6%B3%A8%E5%85%A5'],
	['slide-kit', '/slides/introspection/'],
	['offline', '/offline/'],
];
const CASES = PAGE_TYPES.flatMap(([type, path]) => (['ja', 'en'] as const).map((lang) => [type, lang, lang === 'en' ? `/en${path}` : path] as const));

/** What a cut title or a sideways scroll looks like, measured in the page. */
function overflow(page: Page) {
	return page.evaluate(() => {
		const doc = document.documentElement;
		const cut = (el: Element | null) => !!el && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
		const siteTitle = document.querySelector('.site-title span');
		return {
			pageWider: doc.scrollWidth > doc.clientWidth,
			siteTitleCut: cut(siteTitle) || cut(document.querySelector('.title-wrapper')),
			pageTitleCut: cut(document.querySelector('h1')),
		};
	});
}
const FINE = { pageWider: false, siteTitleCut: false, pageTitleCut: false };

let browser: Browser;
/** One tab per width, reused by every case at that width. */
const tabs = new Map<number, Page>();
beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launchBrowser();
	for (const width of WIDTHS) {
		const context = await browser.newContext({ viewport: { width, height: width < 768 ? 800 : 900 }, serviceWorkers: 'block' });
		tabs.set(width, await context.newPage());
	}
});
afterAll(() => browser?.close());

async function open(width: number, path: string): Promise<Page> {
	const page = tabs.get(width)!;
	await page.goto(new URL(path.slice(1), site).href);
	if (path.includes('/search/')) await page.waitForSelector('[data-search-status="done"]');
	return page;
}

describe.each(WIDTHS)('at %i px', (width) => {
	test.each(CASES)('the %s page (%s) fits the screen with its titles whole', async (type, lang, path) => {
		const page = await open(width, path);
		await page.screenshot({ path: `${SHOTS}/${type}-${lang}-${width}.png` });
		expect(await overflow(page)).toEqual(FINE);
		});
});

test('no page scrolls sideways or cuts a title at 360 px', async () => {
	const bad: string[] = [];
	const page = tabs.get(360)!;
	for (const path of builtPages().filter((p) => !/^(\/en)?\/s\//.test(p))) {
		await page.goto(new URL(path.slice(1), site).href);
		const found = await overflow(page);
		if (JSON.stringify(found) !== JSON.stringify(FINE)) bad.push(`${path} ${JSON.stringify(found)}`);
	}
	expect(bad).toEqual([]);
});

test('a wide table scrolls inside its own box at 360 px', async () => {
	const page = await open(360, '/ai-futures/');
	const table = await page.evaluate(() => {
		const t = document.querySelector('.sl-markdown-content table')!;
		const box = t.closest('.kb-table-scroll') ?? t;
		return { scrolls: getComputedStyle(box).overflowX, fits: box.getBoundingClientRect().right <= document.documentElement.clientWidth };
	});
	expect(table).toEqual({ scrolls: 'auto', fits: true });
});

/** The lines a Japanese sidebar entry is laid out in, from the rectangles of its characters. */
function sidebarLines(page: Page, href: string): Promise<string[]> {
	return page.evaluate((href) => {
		const span = document.querySelector(`.sidebar-content a[href$="${href}"] span`)!;
		const range = document.createRange();
		const rows = new Map<number, string>();
		const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			for (let i = 0; i < node.textContent!.length; i++) {
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const top = Math.round(range.getBoundingClientRect().top);
				rows.set(top, (rows.get(top) ?? '') + node.textContent![i]);
			}
		}
		return [...rows.values()];
	}, href);
}

test('the sidebar keeps a Japanese entry whole on one line at phone width', async () => {
	const page = await open(360, '/introspection/');
	await page.click('button[popovertarget="starlight__sidebar"]');
	await page.screenshot({ path: `${SHOTS}/sidebar-ja-360.png` });
	expect(await sidebarLines(page, '/personality-engineering/')).toEqual(['人格づけはエンジニアリングである']);
});

test('the desktop sidebar breaks a Japanese entry between phrases, not inside a word', async () => {
	const page = await open(1280, '/introspection/');
	// Before: 人格づけはエンジニアリングであ / る.
	expect(await sidebarLines(page, '/personality-engineering/')).toEqual(['人格づけは', 'エンジニアリングである']);
});

test('the header search lists its results within a 360 px screen', async () => {
	const page = await open(360, '/en/introspection/');
	await page.fill('#kb-search-input', 'concept injection');
	await page.locator('.kb-hits [data-search-result]').first().waitFor();
	await page.screenshot({ path: `${SHOTS}/header-search-en-360.png` });
	const panel = await page.evaluate(() => {
		const box = document.querySelector('.kb-search-panel')!.getBoundingClientRect();
		return { inside: box.left >= 0 && box.right <= document.documentElement.clientWidth, pageWider: document.documentElement.scrollWidth > document.documentElement.clientWidth };
	});
	expect(panel).toEqual({ inside: true, pageWider: false });
});
