// A project page under a sub-path (https://user.github.io/kb/), built from a copy of the site in which
// one page has moved and one of its sections was renamed, both recorded with `npm run links:update`.
// Every link the original site published must still land, and every generated URL must carry /kb/.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { readManifest } from '../../src/links/manifest.ts';
import { launchBrowser } from '../support/browser.ts';
import { decodeQrs, pngSize, toLocal } from '../support/links.ts';
import { buildCopy, copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { serveStatic, type Served } from '../support/static-server.ts';
import { servePages } from '../support/wrangler.ts';

const SITE = 'https://user.github.io';
const PUBLIC = `${SITE}/kb/`;
const root = process.cwd();
const before = readManifest(root);
const published = before.pages['/introspection/'];
// A section of the page that no content links to, so renaming it breaks only published links.
const linked = new Set(readPages(root).flatMap((p) => p.links.map((l) => l.href.replace(/^\/(en\/)?introspection\//, ''))));
const renamed = Object.keys(published.anchors).find((id) => !linked.has(`#${id}`))!;

/** The log of the copy's build (SITE and BASE_PATH set). */
let buildLog = '';
let copy: ProjectCopy;
let served: Served;
let browser: Browser;
let context: BrowserContext;
const local = (path: string) => new URL(path, served.url).href;

beforeAll(async () => {
	copy = copyProject(root);
	// Move /introspection/ to /introspection-research/ in both languages, as an author would.
	for (const dir of ['content', 'content/en']) copy.rename(`${dir}/introspection.mdx`, `${dir}/introspection-research.mdx`);
	for (const page of readPages(copy.dir)) {
		copy.edit(page.file, (t) => t.replace(/(\]\(|href=")(\/(?:en\/)?)introspection\//g, '$1$2introspection-research/'));
	}
	copy.edit('src/config/topics.ts', (t) => t.replace(`'introspection',`, `'introspection-research',`));
	for (const yaml of ['core', 'functional-emotions', 'introspection']) {
		copy.edit(`src/data/glossary/${yaml}.yaml`, (t) => t.replace(/^(\s*topics: \[.*)$/gm, (line) => line.replace(/\bintrospection\b(?!-)/, 'introspection-research')));
	}
	// The reviewed figure exceptions name the page by its slug, so they move with it.
	for (const yaml of ['figure-exceptions', 'figure-parity']) {
		copy.edit(`src/data/${yaml}.yaml`, (t) => t.replace(/^(- page: )introspection$/gm, '$1introspection-research'));
	}
	for (const file of ['content/introspection-research.mdx', 'content/en/introspection-research.mdx']) {
		copy.edit(file, (t) => t.replace(`{#${renamed}}`, `{#${renamed}-renamed}`));
	}
	const update = copy.run(['scripts/links-update.ts', '--move=/introspection/=/introspection-research/', `--retire=/introspection/#${renamed}=/introspection-research/#${renamed}-renamed`]);
	if (update.status !== 0) throw new Error(update.output);
	buildLog = buildCopy(copy, { SITE, BASE_PATH: '/kb/' });
	served = await serveStatic(join(copy.dir, 'dist'), '/kb/');
	browser = await launchBrowser();
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
	copy?.remove();
});

describe('a moved page', () => {
	test('its old URL redirects to the new one and keeps the #section', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/introspection/#concept-injection'));
		await page.waitForURL(local('/kb/introspection-research/#concept-injection'));
		await page.close();
	});

	test('its old URL redirects without JavaScript too', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(local('/kb/en/introspection/'));
		await page.waitForURL(local('/kb/en/introspection-research/'));
		await noJs.close();
	});

	test('its old short link still lands on it', async () => {
		const page = await context.newPage();
		await page.goto(local(`/kb/en/s/${published.code}/`));
		await page.waitForURL(local('/kb/en/introspection-research/'));
		await page.close();
	});
});

describe('a moved page on Cloudflare Pages (_redirects read by wrangler pages dev)', () => {
	test('its old URLs and its old short link answer one 301 to the new page, under /kb/', async () => {
		const cloudflare = await servePages(join(copy.dir, 'dist'));
		try {
			const redirects: [string, string][] = [
				['/kb/introspection/', '/kb/introspection-research/'],
				['/kb/en/introspection/', '/kb/en/introspection-research/'],
				[`/kb/en/s/${published.code}/`, '/kb/en/introspection-research/'],
				[`/kb/s/${published.anchors[renamed]}/`, `/kb/introspection-research/#${renamed}-renamed`],
			];
			for (const [from, to] of redirects) {
				const response = await fetch(new URL(from, cloudflare.url), { redirect: 'manual' });
				expect([from, response.status, response.headers.get('location')]).toEqual([from, 301, to]);
			}
		} finally {
			await cloudflare.close();
		}
	}, 90_000);
});

describe('a renamed section', () => {
	test('an old #id on the new page forwards to the new id and scrolls to it', async () => {
		const page = await context.newPage();
		await page.goto(local(`/kb/en/introspection-research/#${renamed}`));
		await page.waitForURL(local(`/kb/en/introspection-research/#${renamed}-renamed`));
		await expect.poll(() => page.locator(`[id="${renamed}-renamed"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(200);
		await page.close();
	});

	test('an old link to the old page and old #id lands on the new id', async () => {
		const page = await context.newPage();
		await page.goto(local(`/kb/introspection/#${renamed}`));
		await page.waitForURL(local(`/kb/introspection-research/#${renamed}-renamed`));
		await page.close();
	});

	test('its old short link lands on the new id, with and without JavaScript', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		for (const ctx of [context, noJs]) {
			const page = await ctx.newPage();
			await page.goto(local(`/kb/s/${published.anchors[renamed]}/`));
			await page.waitForURL(local(`/kb/introspection-research/#${renamed}-renamed`));
			await page.close();
		}
		await noJs.close();
	});
});

describe('under the /kb/ base', () => {
	test('every QR code on a slide kit encodes a short link under the base', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/en/slides/introspection-research/'));
		const qrs = await decodeQrs(page, '.kb-qr svg');
		expect(qrs.length).toBeGreaterThan(5);
		// One tab follows every code; landing is the navigation reaching the page, not its images loading.
		const landing = await context.newPage();
		for (const decoded of qrs) {
			expect(decoded).toMatch(new RegExp(`^${PUBLIC}en/s/[a-z0-9]{3}/$`));
			await landing.goto(toLocal(decoded!, PUBLIC, served.url));
			await landing.waitForURL((u) => u.pathname.startsWith('/kb/en/introspection-research/'), { waitUntil: 'commit' });
		}
		await landing.close();
		await page.close();
	});

	test('a heading’s panel copies the short link and shows the full link, with the base and no placeholder notice', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/en/introspection-research/'));
		await page.locator('#concept-injection').hover();
		await page.locator('.sl-heading-wrapper:has(#concept-injection) .kb-section-button').click();
		const panel = page.locator('#kb-section-panel');
		expect(await panel.locator('[data-full]').getAttribute('href')).toBe(`${PUBLIC}en/introspection-research/#concept-injection`);
		await panel.locator('[data-copy]').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${PUBLIC}en/s/[a-z0-9]{3}/$`));
		expect(await page.locator('[data-placeholder-notice]').count()).toBe(0);
		await page.close();
	});

	test('a build with SITE prints no placeholder warning and no page shows the notice', () => {
		expect(buildLog).not.toContain('[kb:placeholder-site]');
		const kit = readFileSync(join(copy.dir, 'dist/en/slides/introspection-research/index.html'), 'utf8');
		expect(kit).not.toContain('data-placeholder-notice');
		expect(kit).not.toContain('example.org');
	});

	test('preview images are announced with the base and served there', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/introspection-research/'));
		const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
		expect(image).toBe(`${PUBLIC}og/ja/introspection-research.png`);
		const res = await page.request.get(toLocal(image!, PUBLIC, served.url));
		expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
		await page.close();
	});

	test('switching language under the base keeps the section', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/introspection-research/#concept-injection'));
		await Promise.all([page.waitForURL(local('/kb/en/introspection-research/#concept-injection')), page.locator('starlight-lang-select select:visible').first().selectOption({ label: 'English' })]);
		await page.close();
	});

	test('the sitemap lists pages under the base and leaves out redirects', () => {
		const xml = readFileSync(join(copy.dir, 'dist/sitemap-0.xml'), 'utf8');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(locs).toContain(`${PUBLIC}en/introspection-research/`);
		expect(locs.every((l) => l.startsWith(PUBLIC))).toBe(true);
		expect(locs.filter((l) => /\/s\/|\/introspection\/$/.test(l))).toEqual([]);
	});
});

describe('search under the sub-path', () => {
	test('result and section links carry the base once and lead to the page', async () => {
		const page = await context.newPage();
		await page.goto(local('/kb/search/?q=' + encodeURIComponent('概念注入')));
		await page.waitForSelector('[data-search-status="done"]');
		const first = await page.getAttribute('[data-search-result]', 'href');
		expect(first).toBe('/kb/introspection-research/');
		const sections = await page.$$eval('[data-search-section]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(sections.length).toBeGreaterThan(0);
		for (const href of sections) expect(href).toMatch(/^\/kb\/(?!kb\/)/);
		await page.click('[data-search-result]');
		await page.waitForURL(local('/kb/introspection-research/'));
		await page.close();
	});
});
