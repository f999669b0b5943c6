// Evidence markers (claims resting only on a source discussion) behave like term cards, the sources
// page counts them, and on a phone tables read as labelled blocks and Japanese breaks only between
// phrases in table cells, headings and titles.
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
const marker = (page: Page) => page.locator('a[data-claim="unverified"][data-claim-source="talk"]').first();
const card = (page: Page) => page.locator('[data-claim-card="talk"]');

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

describe.each([
	['ja', '講演スライドだけです。一次資料では確かめられていません。'],
	['en', 'rests only on the slides of the talk on AI research, its risks and governance'],
] as const)('evidence markers (%s)', (lang, explanation) => {
	const path = localePath(lang, 'ai-futures');

	test('a marker is marked by a dagger and a dashed underline, not by colour alone', async () => {
		const page = await open(path);
		const look = await marker(page).evaluate((a) => ({ dagger: getComputedStyle(a, '::after').content.startsWith('"†"'), underline: getComputedStyle(a).textDecorationStyle }));
		expect(look).toEqual({ dagger: true, underline: 'dashed' });
		await page.close();
	});

	test('focusing a marker explains in the page language where the claim comes from; Esc closes it', async () => {
		const page = await open(path);
		await marker(page).focus();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		expect(await card(page).textContent()).toContain(explanation);
		await page.keyboard.press('Escape');
		await expect.poll(() => card(page).isVisible()).toBe(false);
		expect(await marker(page).evaluate((a) => a === document.activeElement)).toBe(true);
		await page.close();
	});

	test('hovering a marker shows its card', async () => {
		const page = await open(path);
		await marker(page).hover();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		await page.close();
	});

	test('has no axe violations with a marker card open', async () => {
		const page = await open(path);
		await marker(page).focus();
		await expect.poll(() => card(page).isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

test('on a touch screen a first tap on a marker shows its card and stays on the page', async () => {
	const touch = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });
	const page = await open('/ai-futures/', touch);
	await marker(page).tap();
	await expect.poll(() => card(page).isVisible()).toBe(true);
	expect(new URL(page.url()).pathname).toBe('/ai-futures/');
	const box = (await card(page).boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(360);
	await touch.close();
});

test('without JavaScript a marker is a link to its discussion on the sources page', async () => {
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const page = await open('/en/ai-futures/', noJs);
	await Promise.all([page.waitForURL((u) => u.hash === '#discussion-talk'), marker(page).click()]);
	expect(new URL(page.url()).pathname).toBe('/en/sources/');
	expect(await page.locator('#discussion-talk').count()).toBe(1);
	await noJs.close();
});

test.each(langs)('the sources page (%s) counts each page\'s markers and links every one of them', async (lang) => {
	const page = await open(localePath(lang, 'sources'));
	const rows = await page.$$eval('.claim-list > li', (items) =>
		items.map((li) => ({ slug: li.getAttribute('data-claim-page')!, count: Number(li.getAttribute('data-claim-count')), links: [...li.querySelectorAll('ol a')].map((a) => a.getAttribute('href')!) })),
	);
	expect(rows.map((r) => r.slug)).toEqual([...topicSlugs]);
	for (const row of rows) {
		const html = readFileSync(`dist${localePath(lang, row.slug)}index.html`, 'utf8');
		expect(row.count).toBe((html.match(/data-claim="unverified"/g) ?? []).length);
		expect(row.links).toEqual(Array.from({ length: row.count }, (_, i) => `${localePath(lang, row.slug)}#claim-${i + 1}`));
	}
	expect(rows.find((r) => r.slug === 'ai-futures')!.count).toBeGreaterThan(10);
	await page.close();
});

test.each(topicSlugs.flatMap((slug) => langs.map((lang) => localePath(lang, slug))))('no marker card text reaches the search index from %s', (path) => {
	const html = readFileSync(`dist${path}index.html`, 'utf8');
	const text = extractPage(html)!.sections.map((s) => s.text).join('\n');
	for (const phrase of ['一次資料では確かめられていません', 'No primary source was found', '根拠の示し方', 'How claims are marked']) expect(text).not.toContain(phrase);
});

describe('tables on a phone', () => {
	let phone: BrowserContext;
	beforeAll(async () => {
		phone = await browser.newContext({ viewport: { width: 360, height: 780 } });
	});

	test.each(langs.flatMap((lang) => ['governance', 'ai-futures'].map((slug) => localePath(lang, slug))))('at 360 px every table row of %s is a block whose cells are labelled with their column headers, and nothing is cut off', async (path) => {
		const page = await open(path, phone);
		const tables = await page.$$eval('.sl-markdown-content table', (ts) =>
			ts.map((t) => {
				const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
				const rows = [...t.querySelectorAll('tbody tr')];
				return {
					rowsAreBlocks: rows.every((r) => getComputedStyle(r).display === 'block'),
					labels: rows.every((r) => [...r.querySelectorAll('td')].every((td, i) => getComputedStyle(td, '::before').content.startsWith(`"${headers[i]}"`))),
					fits: t.scrollWidth <= t.clientWidth + 1 && t.getBoundingClientRect().right <= document.documentElement.clientWidth,
				};
			}),
		);
		expect(tables.length).toBeGreaterThan(0);
		for (const t of tables) expect(t).toEqual({ rowsAreBlocks: true, labels: true, fits: true });
		await page.close();
	});

	test('at 768 px a table is still a table', async () => {
		const wide = await browser.newContext({ viewport: { width: 768, height: 900 } });
		const page = await open('/governance/', wide);
		expect(await page.locator('.sl-markdown-content tbody tr').first().evaluate((r) => getComputedStyle(r).display)).toBe('table-row');
		await wide.close();
	});
});

/**
 * Line breaks inside a BudouX phrase in Japanese table cells, headings and titles: for each such
 * element, the positions where a line ends that are neither a <wbr> nor a space, unless the phrase
 * there is wider than the element (it has to wrap).
 */
function breaksInsidePhrases(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const bad: string[] = [];
		const targets = document.querySelectorAll('.sl-markdown-content :is(th, td, h1, h2, h3), h1#_top, .site-title');
		const range = document.createRange();
		for (const el of targets) {
			if (!el.querySelector('wbr') || (el as HTMLElement).offsetParent === null) continue;
			// Characters in reading order, each with whether a phrase may start before it.
			const chars: { node: Text; i: number; boundary: boolean; ch: string }[] = [];
			let pendingBoundary = true;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (n.nodeType === Node.ELEMENT_NODE) {
					if ((n as Element).tagName === 'WBR') pendingBoundary = true;
					continue;
				}
				const text = n as Text;
				for (let i = 0; i < text.data.length; i++) {
					const ch = text.data[i];
					const prev = chars.at(-1)?.ch ?? ' ';
					// A space, or a hyphen or slash inside Latin words, is where a line may break anyway.
					chars.push({ node: text, i, ch, boundary: pendingBoundary || /\s/.test(ch) || /[\s/-]/.test(prev) });
					pendingBoundary = false;
				}
			}
			const width = el.getBoundingClientRect().width;
			let lastTop: number | undefined;
			let phraseStart = 0;
			for (let k = 0; k < chars.length; k++) {
				if (chars[k].boundary) phraseStart = k;
				if (/\s/.test(chars[k].ch)) continue;
				range.setStart(chars[k].node, chars[k].i);
				range.setEnd(chars[k].node, chars[k].i + 1);
				const rect = range.getBoundingClientRect();
				if (!rect.width) continue;
				if (lastTop !== undefined && rect.top > lastTop + 2 && !chars[k].boundary) {
					// The phrase this character belongs to, measured on one line.
					let end = k;
					while (end + 1 < chars.length && !chars[end + 1].boundary) end++;
					const phrase = chars.slice(phraseStart, end + 1).map((c) => c.ch).join('');
					const probe = document.createElement('span');
					probe.textContent = phrase;
					probe.style.whiteSpace = 'nowrap';
					el.append(probe);
					const phraseWidth = probe.getBoundingClientRect().width;
					probe.remove();
					if (phraseWidth <= width) bad.push(`${el.tagName.toLowerCase()} "${el.textContent!.trim().slice(0, 40)}": breaks inside "${phrase}"`);
				}
				lastTop = rect.top;
			}
		}
		return bad;
	});
}

describe.each([360, 390])('Japanese phrases at %i px', (width) => {
	test('no line breaks inside a phrase in table cells, headings and titles of the topic pages', async () => {
		const ctx = await browser.newContext({ viewport: { width, height: 800 } });
		const bad: string[] = [];
		for (const slug of topicSlugs) {
			const page = await open(localePath('ja', slug), ctx);
			bad.push(...(await breaksInsidePhrases(page)).map((b) => `/${slug}/ ${b}`));
			await page.close();
		}
		expect(bad).toEqual([]);
		await ctx.close();
	});
});
