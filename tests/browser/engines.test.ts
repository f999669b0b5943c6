// What a reader does, in Firefox (Gecko) and WebKit (the engine of every browser on an iPhone):
// each page in both languages, the language picker, a search on each search page, a section's panel
// and the slide kit at a section, and the folder copy from file://. Every other browser test drives Chromium. One browser per engine for the file.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINES, type ReaderDriver } from '../support/engines/index.ts';
import { ensureFolderCopy } from '../support/folder-copy.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';

const site = inject('siteUrl');
const pages = readPages(process.cwd());
const folder = `${pathToFileURL(resolve('dist-offline')).href}/`;
/** A site path (`/en/x/?q=y#z`) on the served site or in the folder copy (`en/x/index.html?q=y#z`). */
const at = (root: string, path: string) => (root.startsWith('file:') ? root + path.slice(1).replace(/(^|\/)(?=[?#]|$)/, '$1index.html') : new URL(path.slice(1), site).href);

/** What every page shows once its scripts ran: its language and its title. */
async function pageState(driver: ReaderDriver) {
	await driver.waitFor(() => ['kb-search-box', 'starlight-lang-select'].every((name) => customElements.get(name)));
	return driver.evaluate(() => ({
		lang: document.documentElement.lang,
		h1: document.querySelector('h1')?.textContent?.trim(),
		scripts: ['kb-search-box', 'starlight-lang-select'].every((name) => customElements.get(name)),
	}));
}

/** Picks a language in the header's picker, by the name it shows. */
async function pickLanguage(driver: ReaderDriver, label: string) {
	const select = 'header starlight-lang-select select';
	const value = await driver.evaluate((select: string, label: string) => [...document.querySelectorAll<HTMLOptionElement>(`${select} option`)].find((o) => o.textContent!.trim() === label)!.value, select, label);
	await driver.select(select, value);
}

const PAGES = pages.map((p) => [p.url, p.lang, String(p.frontmatter.title)] as const);

/** From a section of a page, the picker leads to the same section in the other language. */
const PICKER: [from: string, label: string, to: string, lang: string][] = [
	['/introspection/#background', 'English', '/en/introspection/#background', 'en'],
	['/en/ai-futures/#beyond-human-intuition', '日本語', '/ai-futures/#beyond-human-intuition', 'ja'],
	['/en/glossary/', '日本語', '/glossary/', 'ja'],
];

/** Typed into each search page's own box and submitted with Enter. */
const SEARCHES: [page: string, query: string, first: string][] = [
	['/search/', '概念注入', '/introspection/'],
	['/en/search/', 'concept injection', '/en/introspection/'],
];

const FOLDER_PAGES: [path: string, lang: string, h1: string][] = [
	['/', 'ja', 'LLMの心理と安全性 知識ベース'],
	['/en/', 'en', 'LLM Psychology & Safety Knowledge Base'],
	['/introspection/', 'ja', '内省と概念注入'],
	['/en/functional-emotions/', 'en', 'Functional emotions'],
	['/en/search/', 'en', 'Search'],
];

async function search(driver: ReaderDriver, root: string, page: string, query: string) {
	await driver.goto(at(root, page));
	await driver.type('#kb-page-input', `${query}\n`);
	await driver.waitFor(() => !!document.querySelector('[data-search-status="done"]'));
	return driver.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('[data-search-result]')].map((a) => a.href));
}

describe.each(ENGINES)('in $name', (engine) => {
	let driver: ReaderDriver;
	beforeAll(async () => {
		driver = await engine.launch();
	});
	afterAll(() => driver?.close());

	test.each(PAGES)('%s opens in its language with its title, and its scripts run', async (url, lang, title) => {
		await driver.goto(at(site, url));
		expect(await pageState(driver)).toEqual({ lang, h1: title, scripts: true });
	});

	test.each(PICKER)('the language picker on %s leads to the counterpart section', async (from, label, to, lang) => {
		await driver.goto(at(site, from));
		await pickLanguage(driver, label);
		await driver.waitFor((href: string) => location.href === href && document.readyState === 'complete', at(site, to));
		expect(await driver.evaluate(() => document.documentElement.lang)).toBe(lang);
	});

	test.each(SEARCHES)('a search on %s for "%s" lists %s first', async (page, query, first) => {
		const results = await search(driver, site, page, query);
		expect(results[0]).toBe(at(site, first));
	});

	test('a typo finds its page with “Did you mean”, and a year search shows only the site’s words', async () => {
		const typo = await search(driver, site, '/en/search/', 'concept injecton');
		expect(typo).toContain(at(site, '/en/introspection/'));
		expect(await driver.evaluate(() => document.querySelector('.kb-results-status')?.textContent ?? '')).toContain('Did you mean “concept injection”?');
		const years = await search(driver, site, '/en/search/', '2025');
		expect(years.length).toBeGreaterThan(0);
		// Canonical figure words (kbn2025) are for the index only.
		expect(await driver.evaluate(() => [...document.querySelectorAll('.kb-hit')].map((h) => h.textContent).join(' '))).not.toMatch(/kbn[0-9a-z]/i);
	});

	test('Esc closes the results of the header search', async () => {
		await driver.goto(at(site, '/en/'));
		await driver.type('#kb-search-input', 'concept injection');
		await driver.waitFor(() => !document.querySelector<HTMLElement>('.kb-search-panel')!.hidden);
		await driver.press('Escape');
		await driver.waitFor(() => document.querySelector<HTMLElement>('.kb-search-panel')!.hidden);
	});

	test('from a section to a slide: the heading’s panel, Esc, the address following the section, the slide kit at that section', async () => {
		await driver.goto(at(site, '/en/introspection/'));
		const button = '.sl-heading-wrapper:has(#background) .kb-section-button';
		await driver.hover('#background');
		await driver.waitFor((b: string) => getComputedStyle(document.querySelector(b)!).opacity === '1', button);
		await driver.click(button);
		await driver.waitFor(() => !!document.querySelector('#kb-section-panel [data-qr] svg'));
		const panel = await driver.evaluate(() => {
			const p = document.getElementById('kb-section-panel')!;
			return {
				short: p.querySelector('[data-short]')!.textContent,
				qr: Math.round(p.querySelector('[data-qr] svg')!.getBoundingClientRect().width),
				png: p.querySelector('[data-png]')!.getAttribute('href')!.slice(0, 22),
				parallel: p.querySelector('[data-parallel]')!.getAttribute('href'),
				other: p.querySelector('[data-other]')!.getAttribute('href'),
			};
		});
		expect(panel).toEqual({ short: expect.stringMatching(/\/en\/s\/[a-z0-9]{3}\/$/), qr: expect.any(Number), png: 'data:image/png;base64,', parallel: '/parallel/introspection/#background', other: '/introspection/#background' });
		expect(panel.qr).toBeGreaterThanOrEqual(160);
		await driver.press('Escape');
		await driver.waitFor((b: string) => !document.getElementById('kb-section-panel') && document.activeElement === document.querySelector(b), button);
		// The key press was the reader's: from now on their scrolling moves the address. The pointer
		// leaves the text first: a term card opened under it would hold the address still.
		await driver.hover('.site-title');
		await driver.evaluate(() => scrollTo(0, document.getElementById('what-the-results-show')!.getBoundingClientRect().top + scrollY - 100));
		await driver.waitFor(() => location.hash === '#what-the-results-show' && document.querySelector('a[data-parallel-link]')!.getAttribute('href') === '/parallel/introspection/#what-the-results-show');
		await driver.goto(at(site, '/en/slides/introspection/#concept-injection'));
		await driver.waitFor(() => {
			const card = document.getElementById('concept-injection')!;
			const top = card.getBoundingClientRect().top;
			return card.matches(':target') && top > 0 && top < innerHeight / 3;
		});
	});

	describe('the folder copy from file://', () => {
		beforeAll(() => ensureFolderCopy(inject('runId')));

		test.each(FOLDER_PAGES)('%s opens with its title and its scripts run', async (path, lang, h1) => {
			await driver.goto(at(folder, path));
			expect(await pageState(driver)).toEqual({ lang, h1, scripts: true });
		});

		test('the language picker leads to the counterpart page', async () => {
			await driver.goto(at(folder, '/en/introspection/'));
			await pickLanguage(driver, '日本語');
			await driver.waitFor((href: string) => location.href === href && document.readyState === 'complete', at(folder, '/introspection/'));
			expect(await driver.evaluate(() => document.documentElement.lang)).toBe('ja');
		});

		test.each(SEARCHES)('a search on %s for "%s" lists %s first', async (page, query, first) => {
			const results = await search(driver, folder, page, query);
			expect(results[0]).toBe(at(folder, first));
		});

		test('a result of the header search opens its page', async () => {
			await driver.goto(at(folder, '/en/'));
			await driver.type('#kb-search-input', 'functional emotions');
			await driver.waitFor(() => !!document.querySelector('.kb-hits [data-search-result]'));
			await driver.click('.kb-hits [data-search-result]');
			await driver.waitFor((href: string) => location.href === href && document.readyState === 'complete', at(folder, '/en/functional-emotions/'));
			expect((await pageState(driver)).h1).toBe('Functional emotions');
		});
	});
});
