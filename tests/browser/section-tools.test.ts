// A speaker's and a phone reader's journeys (issue: from a section to a slide): the section panel at
// each heading, the slide kit opened at a section, the address following the section in view, the
// printed short links, the phone header's targets, and the placeholder address of a build without
// SITE (the shared test build has none). Firefox and WebKit run the panel in engines.test.ts.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { localePath, type Lang } from '../../src/config/locales.ts';
import { readManifest } from '../../src/links/manifest.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { decodeQr, pngSize, publicRootOf } from '../support/links.ts';
import { measureTargets } from '../support/target-sizes.ts';

const site = inject('siteUrl');
const local = (path: string) => new URL(path.slice(1), site).href;
const publicRoot = publicRootOf(readFileSync('dist/index.html', 'utf8'));
const code = readManifest(process.cwd()).pages['/introspection/'].anchors['concept-injection'];
const shortOf = (lang: Lang) => `${publicRoot}${localePath(lang, `s/${code}`).slice(1)}`;
const dataUrlBytes = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');

let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	phone = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
	desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
	for (const c of [phone, desktop]) await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
});
afterAll(() => browser?.close());

async function open(path: string, ctx = desktop): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(local(path));
	return page;
}
const button = (page: Page, id: string) => page.locator(`.sl-heading-wrapper:has(#${id}) .kb-section-button`);

describe('the section panel', () => {
	test.each([
		['ja', 'tap', '「概念注入とは」へのリンク', '/en/introspection/#concept-injection'],
		['en', 'click', 'Link to “What concept injection is”', '/introspection/#concept-injection'],
	] as const)('in %s, a %s on the heading’s button opens the section’s short link, full link, QR code, side by side and other language', async (lang, how, title, other) => {
		const page = await open(localePath(lang, 'introspection'), how === 'tap' ? phone : desktop);
		if (how === 'tap') await button(page, 'concept-injection').tap();
		else await button(page, 'concept-injection').click();
		const panel = page.locator('#kb-section-panel');
		await expect.poll(() => panel.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent())).toBe(title);
		expect(await panel.getAttribute('lang')).toBe(lang);
		expect(await panel.locator('[data-short]').textContent()).toBe(shortOf(lang).replace(/^https?:\/\//, ''));
		expect(await panel.locator('[data-full]').getAttribute('href')).toBe(`${publicRoot}${localePath(lang, 'introspection').slice(1)}#concept-injection`);
		const qr = panel.locator('[data-qr] svg');
		expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(160);
		expect(await decodeQr(qr)).toBe(shortOf(lang));
		expect(await panel.locator('[data-parallel]').getAttribute('href')).toBe('/parallel/introspection/#concept-injection');
		expect(await panel.locator('[data-other]').getAttribute('href')).toBe(other);
		await panel.locator('[data-copy]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shortOf(lang));
		await page.close();
	});

	test('the QR code downloads as SVG and as a PNG of at least 1024 px', async () => {
		const page = await open('/introspection/');
		await button(page, 'concept-injection').click();
		const svg = await page.locator('#kb-section-panel [data-svg]').getAttribute('href');
		expect(decodeURIComponent(svg!)).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg /);
		const png = page.locator('#kb-section-panel [data-png]');
		expect(await png.getAttribute('download')).toBe('introspection-concept-injection-ja.png');
		expect(pngSize(dataUrlBytes((await png.getAttribute('href'))!)).width).toBeGreaterThanOrEqual(1024);
		await page.close();
	});

	test('from the keyboard the button opens the panel, Esc closes it and the focus returns to the button', async () => {
		const page = await open('/en/introspection/');
		const b = button(page, 'background');
		await b.focus();
		expect(await b.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
		await page.keyboard.press('Enter');
		await page.locator('#kb-section-panel').waitFor();
		expect(await b.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Escape');
		expect(await page.locator('#kb-section-panel').count()).toBe(0);
		expect(await b.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.close();
	});

	test.each([
		['ja', /^LLMの心理と安全性 知識ベース\. \(/, (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`],
		['en', /^LLM Psychology & Safety Knowledge Base\. \(/, (d: Date) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(d)],
	] as const)('in %s, the panel cites the section in APA and BibTeX with its short link and today as the access date, and copies each', async (lang, author, long) => {
		const page = await open(localePath(lang, 'introspection'));
		await button(page, 'concept-injection').click();
		const cite = page.locator('#kb-section-panel [data-cite]');
		const apa = (await cite.locator('[data-cite-format="apa"] pre').textContent())!;
		const bibtex = (await cite.locator('[data-cite-format="bibtex"] pre').textContent())!;
		const today = new Date();
		const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
		expect(apa).toMatch(author);
		expect(apa).toContain(`${long(today)}, from ${shortOf(lang)}`);
		expect(bibtex).toMatch(/^@misc\{/);
		expect(bibtex).toContain(shortOf(lang));
		expect(bibtex).toContain(iso);
		expect(apa + bibtex).not.toContain('{accessed:');
		await cite.locator('[data-cite-format="bibtex"] button').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
		await page.close();
	});

	test('with the panel open the page has no axe violations', async () => {
		const page = await open('/introspection/');
		await button(page, 'concept-injection').click();
		await page.locator('#kb-section-panel').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('the side-by-side page has the tools at every heading of both languages, and a contents list', async () => {
		const page = await open('/parallel/introspection/');
		const counts = await page.evaluate(() => ({
			ja: document.querySelectorAll('.kb-parallel-part[lang="ja"] .kb-section-button').length,
			en: document.querySelectorAll('.kb-parallel-part[lang="en"] .kb-section-button').length,
			sections: document.querySelectorAll('.kb-parallel-section:not(#summary)').length,
			contents: document.querySelectorAll('.kb-parallel-contents a[href^="#"]').length,
			all: document.querySelectorAll('.kb-parallel-section').length,
		}));
		expect(counts).toEqual({ ja: counts.sections, en: counts.sections, sections: counts.sections, contents: counts.all, all: counts.all });
		await page.locator('.kb-parallel-part[lang="en"] .kb-section-button').first().click();
		expect(await page.locator('#kb-section-panel').getAttribute('lang')).toBe('en');
		await page.close();
	});

	test('without JavaScript the heading still links to its section', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(local('/introspection/'));
		expect(await page.locator('.sl-heading-wrapper:has(#concept-injection) .sl-anchor-link').getAttribute('href')).toBe('#concept-injection');
		expect(await page.locator('.kb-section-button').count()).toBe(0);
		await context.close();
	});
});

describe('the slide kit', () => {
	test('opened at #id, it scrolls to that section’s card and marks it', async () => {
		const page = await open('/slides/introspection/#concept-injection', phone);
		const card = page.locator('.kb-slide-card#concept-injection');
		const state = await card.evaluate((el) => ({ top: Math.round(el.getBoundingClientRect().top), marked: el.matches(':target') && getComputedStyle(el).boxShadow !== 'none' }));
		expect(state.marked).toBe(true);
		expect(state.top).toBeGreaterThan(0);
		expect(state.top).toBeLessThan(250);
		await page.close();
	});

	test('its filter box narrows the cards and the contents list', async () => {
		const page = await open('/en/slides/introspection/');
		const all = await page.locator('.kb-slide-card:visible').count();
		expect(await page.locator('.kb-slide-kit-contents a').count()).toBe(all);
		await page.locator('#kb-slide-kit-filter').fill('injection');
		await expect.poll(() => page.locator('.kb-slide-card:visible').count()).toBeLessThan(all);
		const titles = await page.locator('.kb-slide-card:visible .kb-slide-card-title').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		for (const t of titles) expect(t.toLowerCase()).toContain('injection');
		expect(await page.locator('.kb-slide-kit-contents li:visible').count()).toBe(titles.length);
		await page.close();
	});

	test('a card copies itself as a Markdown link and downloads its QR code as a 1024 px PNG', async () => {
		const page = await open('/en/slides/introspection/');
		const card = page.locator('.kb-slide-card#concept-injection');
		await card.locator('[data-copy-markdown]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`[What concept injection is](${shortOf('en')})`);
		const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-png]').click()]);
		const file = await download.path();
		expect(download.suggestedFilename()).toBe('introspection-concept-injection-en.png');
		expect(pngSize(readFileSync(file)).width).toBeGreaterThanOrEqual(1024);
		await page.close();
	});

	test('at 360 px no short link breaks inside a part: only after a slash', async () => {
		const page = await open('/slides/introspection/', phone);
		const broken = await page.evaluate(() =>
			[...document.querySelectorAll('.kb-short-link .kb-nowrap')].filter((s) => s.getClientRects().length !== 1).map((s) => s.textContent),
		);
		expect(broken).toEqual([]);
		expect(await page.locator('.kb-short-link').first().textContent()).not.toMatch(/https?:/);
		await page.close();
	});
});

describe('links that keep the section', () => {
	test('scrolling moves the address to the section in view without a history entry, and the picker, side-by-side and slide-kit links follow', async () => {
		const page = await open('/introspection/');
		const before = await page.evaluate(() => history.length);
		const top = await page.locator('#what-the-results-show').evaluate((h) => h.getBoundingClientRect().top + scrollY);
		await page.mouse.move(640, 400);
		await page.mouse.wheel(0, top - 100);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#what-the-results-show');
		expect(await page.evaluate(() => history.length)).toBe(before);
		expect(await page.locator('a[data-parallel-link]').getAttribute('href')).toBe('/parallel/introspection/#what-the-results-show');
		expect(await page.locator('.kb-slide-kit-link a').getAttribute('href')).toBe('/slides/introspection/#what-the-results-show');
		await Promise.all([page.waitForURL(local('/en/introspection/#what-the-results-show')), page.locator('starlight-lang-select select:visible').first().selectOption({ label: 'English' })]);
		await page.close();
	});

	test('nothing moves the address while a section panel is open', async () => {
		const page = await open('/introspection/#concept-injection');
		await button(page, 'concept-injection').click();
		await page.mouse.move(640, 400);
		await page.mouse.wheel(0, 3000);
		await page.waitForTimeout(400);
		expect(await page.evaluate(() => location.hash)).toBe('#concept-injection');
		await page.close();
	});

	test('the side-by-side page’s links back carry the section, and the slide kit’s link back too', async () => {
		const page = await open('/parallel/introspection/#detection-rate');
		expect(await page.locator('.kb-parallel-intro a[data-keep-section]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/introspection/#detection-rate', '/en/introspection/#detection-rate']);
		await page.goto(local('/en/slides/introspection/#detection-rate'));
		expect(await page.locator('a[data-keep-section]').getAttribute('href')).toBe('/en/introspection/#detection-rate');
		await page.close();
	});
});

describe('printing', () => {
	test.each(['/introspection/', '/en/introspection/', '/parallel/introspection/'])('%s prints its short link and QR code on the first page, and each h2 its short link', async (path) => {
		const page = await open(path);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const block = document.querySelector<HTMLElement>('.kb-print-link')!;
			const h2s = document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper.level-h2').length;
			return {
				top: block.getBoundingClientRect().top + scrollY,
				qr: block.querySelectorAll('svg[data-qr]').length,
				text: block.textContent,
				shorts: [...document.querySelectorAll<HTMLElement>('.kb-print-short')].filter((p) => p.offsetHeight > 0).length,
				h2s,
			};
		});
		// The first A4 page holds about 1,000 CSS px of content.
		expect(printed.top).toBeLessThan(600);
		expect(printed.qr).toBe(path.startsWith('/parallel/') ? 2 : 1);
		expect(printed.text).toMatch(/\/s\/[a-z0-9]{3}\//);
		expect(printed.shorts).toBe(printed.h2s);
		await page.close();
	});
});

describe('a build without SITE', () => {
	test.each(['/slides/introspection/', '/en/slides/introspection/'])('%s says its address is a placeholder, naming SITE', async (path) => {
		const page = await open(path);
		const notice = page.locator('[data-placeholder-notice]:visible');
		expect(await notice.count()).toBe(1);
		expect(await notice.textContent()).toContain('SITE');
		expect(await notice.getAttribute('lang')).toBe(path.startsWith('/en/') ? 'en' : 'ja');
		await page.close();
	});

	test('the section panel and the printed page say so too', async () => {
		const page = await open('/en/introspection/');
		await button(page, 'background').click();
		// The panel opens once the QR code's scripts have loaded: wait for it, then look.
		await page.locator('#kb-section-panel').waitFor();
		expect(await page.locator('#kb-section-panel [data-placeholder-notice]').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.kb-print-link [data-placeholder-notice]').isVisible()).toBe(true);
		await page.close();
	});
});

describe('the phone header at 360 px', () => {
	test.each(['/introspection/', '/', '/en/', '/parallel/introspection/', '/slides/introspection/'])('%s has no control under 24×24 CSS px, and its search control is 44×44', async (path) => {
		const page = await open(path, phone);
		const targets = await page.evaluate(measureTargets);
		expect(targets.filter((t) => t.width < 24 || t.height < 24)).toEqual([]);
		const search = await page.locator('#kb-search-input').boundingBox();
		expect([search!.width, search!.height]).toEqual([44, 44]);
		await page.close();
	});

	test('primary controls (menu, search, title, language) are at least 44×44 CSS px', async () => {
		const page = await open('/introspection/', phone);
		for (const sel of ['.sl-menu-button', '#kb-search-input', '.site-title']) {
			const box = (await page.locator(sel).boundingBox())!;
			expect(Math.min(box.width, box.height), sel).toBeGreaterThanOrEqual(44);
		}
		await page.close();
	});

	test('the search button opens a field across the header that shows what was typed', async () => {
		const page = await open('/en/introspection/', phone);
		await page.locator('#kb-search-input').tap();
		await page.keyboard.type('concept injection');
		const box = (await page.locator('#kb-search-input').boundingBox())!;
		expect(box.width).toBeGreaterThan(300);
		expect(await page.locator('#kb-search-input').evaluate((i: HTMLInputElement) => i.scrollWidth <= i.clientWidth)).toBe(true);
		await page.close();
	});

	test.each([
		['/', 'English', '/en/'],
		['/en/', '日本語', '/'],
	])('the home page %s shows a language picker that leads to the other language', async (path, label, to) => {
		const page = await open(path, phone);
		const select = page.locator('.header starlight-lang-select select');
		expect(await select.isVisible()).toBe(true);
		expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await Promise.all([page.waitForURL(local(to)), select.selectOption({ label })]);
		await page.close();
	});
});

describe('screen-reader text', () => {
	test.each([
		['/introspection/', /^セクション「.+」へのリンク$/],
		['/en/introspection/', /^Section titled “.+”$/],
		['/parallel/introspection/', /^(セクション「.+」へのリンク|Section titled “.+”)$/],
	])('the heading links of %s are labelled in the page’s language', async (path, label) => {
		const page = await open(path);
		const labels = await page.evaluate(() =>
			[...document.querySelectorAll('.sl-anchor-link .sr-only')].map((s) => ({ lang: s.closest('[lang]')!.getAttribute('lang'), text: s.textContent! })),
		);
		expect(labels.length).toBeGreaterThan(10);
		for (const l of labels) {
			expect(l.text).toMatch(label);
			expect(/^Section/.test(l.text)).toBe(l.lang === 'en');
		}
		await page.close();
	});
});
