// The built dist/ as Cloudflare Pages serves it: `wrangler pages dev` runs Cloudflare's own engine
// (workerd) over the `_headers` and `_redirects` the build wrote, so these tests check what the host
// does with them, not what we meant. Netlify reads the same files (src/deploy/formats.ts: two details differ).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { RedirectsHandler } from '@netlify/redirects';
import { loadLinks } from '../../src/links/index.ts';
import { linkTable } from '../../src/links/short-links.ts';
import { hostRules } from '../../src/deploy/rules.ts';
import { headersFile, redirectsFile, type Host } from '../../src/deploy/formats.ts';
import type { Browser } from 'playwright-core';
import { readManifest } from '../../src/links/manifest.ts';
import { parsePolicy } from '../../src/security/csp-hashes.ts';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { axeViolations } from '../support/axe.ts';
import { watchProblems } from '../support/page-problems.ts';
import { servePages, type PagesServer } from '../support/wrangler.ts';

const readdir = (dir: string) => readdirSync(dir).sort();

let pages: PagesServer;
beforeAll(async () => {
	pages = await servePages('dist');
}, 90_000);
afterAll(() => pages?.close());

const get = (path: string, init: RequestInit = {}) => fetch(new URL(path.slice(1), pages.url), { redirect: 'manual', ...init });

const manifest = readManifest(process.cwd());
const [pagePath, entry] = Object.entries(manifest.pages).find(([, e]) => Object.keys(e.anchors).length > 0)!;
const [sectionId, sectionCode] = Object.entries(entry.anchors)[0];

describe('redirects (_redirects)', () => {
	test.each([
		['a section short link', `/s/${sectionCode}/`, `${pagePath}#${sectionId}`],
		['an English section short link', `/en/s/${sectionCode}/`, `/en${pagePath}#${sectionId}`],
		['a page short link', `/s/${entry.code}/`, pagePath],
	])('%s answers one 301 to its target', async (_, from, to) => {
		const response = await get(from);
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(to);
	});

	test('Cloudflare accepts every rule of both files (no skipped or invalid line)', () => {
		expect(pages.log()).not.toMatch(/Ignoring line|Valid status codes|Maximum number|Expected exactly|Infinite loop|invalid/i);
	});
});

describe('cache headers (_headers)', () => {
	const astroAsset = readFileSync('dist/index.html', 'utf8').match(/\/_astro\/[^"']+\.js/)![0];
	test.each([
		['a hashed script under /_astro/', astroAsset],
		['a Pagefind fragment', `/pagefind/fragment/${readdir('dist/pagefind/fragment')[0]}`],
		['Pagefind metadata', `/pagefind/${readdir('dist/pagefind').find((f) => f.endsWith('.pf_meta'))}`],
	])('%s is immutable for a year', async (_, path) => {
		expect((await get(path)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	test.each(['/', '/en/introspection/', '/sw.js', '/manifest.webmanifest', '/pagefind/kb-lexicon.ja.bin', '/pagefind/pagefind.js'])('%s is revalidated on every visit', async (path) => {
		expect((await get(path)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
	});

	test('the gzip lexicons are sent as gzip files, never unpacked by the host', async () => {
		const response = await get('/pagefind/kb-lexicon.en.bin', { headers: { 'accept-encoding': 'gzip, br' } });
		expect(response.headers.get('content-type')).toBe('application/gzip');
		expect(response.headers.get('content-encoding')).toBeNull();
	});
});

describe('security headers (_headers)', () => {
	test('every page is sent a CSP header with frame-ancestors that allows each of its own inline scripts', async () => {
		// Followed: Cloudflare answers `/404.html` with a redirect to `/404`, a short link with its 301.
		for (const path of builtPages()) {
			const response = await get(path, { redirect: 'follow' });
			const header = parsePolicy(response.headers.get('content-security-policy') ?? '');
			expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
			const html = await response.text();
			const meta = parsePolicy(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/.exec(html)![1]);
			for (const source of meta.get('script-src')!) expect(header.get('script-src'), `${path}: ${source}`).toContain(source);
		}
	});

	test('pages are sent nosniff, a referrer policy and a permissions policy', async () => {
		const headers = (await get('/en/')).headers;
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('permissions-policy')).toContain('camera=()');
	});
});

describe('a page in Chromium under the host headers', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());

	test.each([['/', '概念注入'], ['/en/introspection/', 'introspection']])('%s: search works, the service worker installs, axe finds nothing, no policy is violated', async (path, query) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems = await watchProblems(page);
		await page.goto(new URL(path.slice(1), pages.url).href);
		await page.locator('#kb-search-input').fill(query);
		await page.locator('#kb-search-panel:not([hidden]) .kb-hit').first().waitFor();
		const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		expect(['activating', 'activated']).toContain(state);
		expect(await axeViolations(page)).toEqual([]);
		const seen = await problems.read();
		expect(seen.csp).toEqual([]);
		expect(seen.console).toEqual([]);
		await context.close();
	});
});


// Netlify's own header and redirect engines (the ones its CLI runs), in-process, on the variant the
// build writes with KB_HOST=netlify (made here from the same rules, so no second build is needed).
describe("Netlify's engines (@netlify/redirects, @netlify/headers)", () => {
	const project = mkdtempSync(join(tmpdir(), 'kb-netlify-'));
	afterAll(() => rmSync(project, { recursive: true, force: true }));
	const { pages: pageList, manifest: links } = loadLinks(process.cwd());
	const rules = hostRules('dist', '/', linkTable(links, pageList));
	const site = (host: Host) => {
		const dir = join(project, host);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, '_headers'), headersFile(rules.headers, host));
		writeFileSync(join(dir, '_redirects'), redirectsFile(rules, host).text);
		return dir;
	};
	const redirects = (host: Host) => new RedirectsHandler({ configRedirects: [], jwtRoleClaim: '', jwtSecret: '', projectDir: project, publicDir: site(host), configPath: resolve('netlify.toml') });
	/** Netlify's answer when the short link's static redirect page exists, as it does in dist/. */
	const answer = async (handler: RedirectsHandler, path: string) => {
		const request = new Request(`http://localhost${path}`);
		const match = await handler.match(request);
		return match && handler.handle(request, match, async () => async () => new Response('the static redirect page'));
	};

	test('a short link answers 301 to its section, although its static redirect page exists', async () => {
		const response = await answer(redirects('netlify'), `/en/s/${sectionCode}/`);
		expect(response?.status).toBe(301);
		expect(response?.headers.get('location')).toBe(`http://localhost/en${pagePath}#${sectionId}`);
	});

	test("without Netlify's forcing `!` (Cloudflare's variant) the static page would win: the reason for two variants", async () => {
		expect((await answer(redirects('cloudflare'), `/en/s/${sectionCode}/`))?.status).toBe(200);
	});

	test('a hashed asset is immutable and a page gets the CSP header, the most specific rule winning', async () => {
		const handler = new HeadersHandler({ projectDir: project, publishDir: 'netlify', configPath: resolve('netlify.toml'), logger: console });
		const asset = await handler.apply(new Request('http://localhost/_astro/x.js'));
		expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
		const page = await handler.apply(new Request('http://localhost/en/'));
		expect(page['Cache-Control']).toBe('public, max-age=0, must-revalidate');
		expect(parsePolicy(page['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"]);
	});
});
