// The folder copy that `npm run build:offline` writes, opened from file:// in Chromium, as a
// reader who double-clicks index.html would: pages with their styles and scripts, links,
// the language picker, and the search, which must answer as the website does.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { ensureFolderCopy } from '../support/folder-copy.ts';
import { PARITY_QUERIES, searchResults } from '../support/search-results.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';

const online = inject('siteUrl');
const pages = readPages(process.cwd());
const DIR = 'dist-offline';
const root = `${pathToFileURL(resolve(DIR)).href}/`;
const fileOf = (url: string) => `${root}${url.slice(1)}index.html`;

let browser: Browser;
const expectedOnline = new Map<string, string[]>();

beforeAll(async () => {
	ensureFolderCopy(inject('runId'));
	browser = await launchBrowser();
	const reference = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
	for (const { lang, q } of PARITY_QUERIES) expectedOnline.set(q, await searchResults(reference, online, lang, q));
	await reference.close();
});
afterAll(() => browser?.close());

/** A page of the folder copy, recording what would show that something did not work. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
	const page = await browser.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('requestfailed', (r) => problems.push(`${r.url()} ${r.failure()?.errorText}`));
	await page.goto(url);
	return { page, problems };
}

// Each page is opened once for both of its tests.
describe.each(pages.map((p) => [p.url, p] as const))('%s from the folder', (url, p) => {
	let opened: { page: Page; problems: string[] };
	beforeAll(async () => {
		opened = await open(fileOf(url));
	});
	afterAll(() => opened?.page.close());

	test('shows its title with the site\'s styles and scripts, without errors', async () => {
		const { page, problems } = opened;
		expect(await page.locator('h1').first().textContent()).toBe(String(p.frontmatter.title));
		// Starlight's stylesheet defines its colours; the page's scripts (bundled and inline) define its elements.
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim())).not.toBe('');
		await expect.poll(() => page.evaluate(() => ['kb-search-box', 'starlight-lang-select'].filter((n) => !customElements.get(n)))).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('every link between pages leads to a file of the folder and to a section it has', async () => {
		const links = await opened.page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith('file:')));
		const broken: string[] = [];
		for (const link of new Set(links)) {
			const url = new URL(link);
			const file = fileURLToPath(url);
			if (!file.startsWith(resolve(DIR)) || !existsSync(file) || statSync(file).isDirectory()) broken.push(link);
			else if (url.hash && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${link} (no such section)`);
		}
		expect(broken).toEqual([]);
		// The sidebar alone links every topic: a page with fewer links lost them.
		expect(new Set(links).size).toBeGreaterThan(10);
	});
});

/** Every URL an HTML file names: link, script and form attributes, the language picker's options (the theme picker's are words), and a meta refresh target. */
function urlsIn(html: string): string[] {
	const urls: string[] = [];
	for (const [, tag, attrs] of html.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
		for (const [, key, value] of (attrs ?? '').matchAll(/\s([\w-]+)="([^"]*)"/g)) {
			const name = key.toLowerCase();
			if (/^(href|src|action|poster)$/.test(name) || (name === 'value' && tag.toLowerCase() === 'option' && value.includes('/'))) urls.push(value);
			else if (name === 'srcset') urls.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]));
			else if (name === 'content' && /http-equiv="refresh"/i.test(attrs)) urls.push(value.replace(/^.*?url=/i, ''));
		}
	}
	return urls.map((u) => u.replace(/&amp;/g, '&'));
}

test('no HTML file of the folder, redirect pages included, has a root-relative URL or one naming a missing file', () => {
	const htmlFiles = readdirSync(DIR, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
	const problems: string[] = [];
	let redirects = 0;
	for (const file of htmlFiles) {
		const html = readFileSync(file, 'utf8');
		if (/http-equiv="refresh"/i.test(html)) redirects++;
		for (const url of urlsIn(html)) {
			if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(url) || url === '') continue;
			if (url.startsWith('/')) {
				problems.push(`${relative(DIR, file)}: root-relative ${url}`);
				continue;
			}
			const target = resolve(dirname(file), decodeURIComponent(url.replace(/[?#].*$/, '')));
			if (!existsSync(target) || statSync(target).isDirectory()) problems.push(`${relative(DIR, file)}: missing ${url}`);
		}
	}
	expect(problems).toEqual([]);
	expect(redirects).toBeGreaterThan(100);
});

test.each(['s', 'en/s'])('a short-link page (%s/) from the folder lands on its section in the folder', async (prefix) => {
	const code = readdirSync(join(DIR, prefix)).find((c) => /url=[^"]*#/.test(readFileSync(join(DIR, prefix, c, 'index.html'), 'utf8')))!;
	const { page, problems } = await open(`${root}${prefix}/${code}/index.html`);
	await page.waitForURL(/\/index\.html#/);
	expect(page.url()).toMatch(new RegExp(`^${root}.*index\\.html#.+`));
	expect(existsSync(fileURLToPath(page.url().split('#')[0]))).toBe(true);
	expect(problems).toEqual([]);
	await page.close();
});

test('the language picker leads to the counterpart page in the folder', async () => {
	const { page } = await open(fileOf('/en/introspection/'));
	const select = page.locator('starlight-lang-select select:visible').first();
	await Promise.all([page.waitForURL(fileOf('/introspection/')), select.selectOption({ label: '日本語' })]);
	expect(await page.getAttribute('html', 'lang')).toBe('ja');
	await page.close();
});

test('a search typed in the header lists pages that open from the folder', async () => {
	const { page, problems } = await open(fileOf('/en/'));
	await page.fill('#kb-search-input', 'functional emotions');
	const first = page.locator('.kb-hits [data-search-result]').first();
	await first.waitFor();
	expect(await first.getAttribute('href')).toMatch(/^file:.*\/index\.html$/);
	await Promise.all([page.waitForURL(/^file:/), first.click()]);
	expect(await page.locator('h1').first().textContent()).toBe('Functional emotions');
	expect(problems).toEqual([]);
	await page.close();
});

test.each([
	['ja', '人格付け'],
	['en', 'concept injecton'],
] as const)('%s: a query found only through the spelling tables (%s) gives the website\'s results', async (lang, q) => {
	const reference = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
	const expected = await searchResults(reference, online, lang, q);
	await reference.close();
	const { page } = await open('about:blank');
	expect(expected.length).toBeGreaterThan(0);
	expect(await searchResults(page, root, lang, q)).toEqual(expected);
	await page.close();
});

describe('the same ten queries as on the website', () => {
	test.each(PARITY_QUERIES.map((x) => [x.q, x.lang] as const))('"%s" (%s) gives the website\'s results', async (q, lang) => {
		const { page } = await open('about:blank');
		expect(await searchResults(page, root, lang, q)).toEqual(expectedOnline.get(q));
		await page.close();
	});

	test('the queries find something in both languages', () => {
		expect(expectedOnline.get('概念注入')!.length).toBeGreaterThan(0);
		expect(expectedOnline.get('concept injection')!.length).toBeGreaterThan(0);
	});
});

test('the zip holds every file of the folder, inside one top folder', () => {
	const zip = readFileSync('dist-offline.zip');
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const names: string[] = [];
	for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
		const length = zip.readUInt16LE(at + 28);
		names.push(zip.subarray(at + 46, at + 46 + length).toString('utf8'));
		at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	const files = readdirSync(DIR, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `llm-psychology-kb/${relative(DIR, join(e.parentPath, e.name)).split(sep).join('/')}`);
	expect(names.sort()).toEqual(files.sort());
	expect(names).toContain('llm-psychology-kb/index.html');
});
