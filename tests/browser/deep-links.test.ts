import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { langs, localePath, type Lang } from '../../src/config/locales.ts';
import { topicSlugs } from '../../src/config/topics.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { readManifest } from '../../src/links/manifest.ts';
import { launchBrowser } from '../support/browser.ts';
import { builtHtml, headElements } from '../support/built-pages.ts';
import { decodeQrs, pngSize, publicRootOf, redirectOf, toLocal } from '../support/links.ts';

const site = inject('siteUrl');
const root = process.cwd();
const pages = readPages(root);
const manifest = readManifest(root);
// What the build was configured with (SITE + BASE_PATH), as the built pages state it.
const publicRoot = publicRootOf(readFileSync('dist/index.html', 'utf8'));
const local = (path: string) => new URL(path.slice(1), site).href;
const localize = (link: string, lang: Lang) => {
	const [path, id] = link.split('#');
	return localePath(lang, path.replace(/^\/|\/$/g, '')) + (id ? `#${id}` : '');
};

// Every short link in the manifest, in every language, with where it must land (nothing has moved
// on the real site, so a code lands on the link it was issued for).
const shortLinks = Object.entries(manifest.pages).flatMap(([path, e]) => [
	{ code: e.code, link: path },
	...Object.entries(e.anchors).map(([id, code]) => ({ code, link: `${path}#${id}` })),
]);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
});
afterAll(() => browser?.close());

async function open(path: string, ctx = context): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(local(path));
	return page;
}

describe('section anchors', () => {
	test.each(langs)('a heading’s button appears on hover and its panel copies the section’s short link (%s)', async (lang) => {
		const page = await open(localePath(lang, 'introspection'));
		const button = page.locator('.sl-heading-wrapper:has(#concept-injection) .kb-section-button');
		await page.locator('#concept-injection').hover();
		await expect.poll(() => button.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await button.click();
		await page.locator('#kb-section-panel [data-copy]').click();
		const code = manifest.pages['/introspection/'].anchors['concept-injection'];
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${publicRoot}${localePath(lang, `s/${code}`).slice(1)}`);
		await expect.poll(() => page.locator('#kb-section-panel [role="status"]').textContent()).toContain(`/s/${code}/`);
		await page.close();
	});

	test.each([
		['ja', 'en'],
		['en', 'ja'],
	] as const)('switching language from %s to %s stays on the same section', async (from, to) => {
		const page = await open(`${localePath(from, 'introspection')}#what-the-results-show`);
		const select = page.locator('starlight-lang-select select:visible').first();
		await Promise.all([page.waitForURL(local(`${localePath(to, 'introspection')}#what-the-results-show`)), select.selectOption({ label: to === 'ja' ? '日本語' : 'English' })]);
		expect(await page.getAttribute('html', 'lang')).toBe(to);
		await expect.poll(() => page.locator('#what-the-results-show').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(200);
		await page.close();
	});
});

describe('short links', () => {
	test('every short link in every language is a static redirect to its target', async () => {
		for (const { code, link } of shortLinks) {
			for (const lang of langs) {
				const res = await fetch(local(localePath(lang, `s/${code}`)));
				expect(res.status, `${lang} /s/${code}/`).toBe(200);
				const html = await res.text();
				expect(redirectOf(html), `${lang} /s/${code}/`).toEqual({ refresh: localize(link, lang), link: localize(link, lang) });
				expect(html).toContain('<meta name="robots" content="noindex">');
			}
		}
	});

	test.each(langs)('following a short link with JavaScript lands on the section (%s)', async (lang) => {
		const page = await context.newPage();
		for (const [path, entry] of Object.entries(manifest.pages)) {
			const [id, code] = Object.entries(entry.anchors).at(-1) ?? [];
			if (!code) continue;
			await page.goto(local(localePath(lang, `s/${code}`)));
			// Landing is the section's page parsed at its URL; its images and fonts add nothing here.
			await page.waitForURL(local(localize(`${path}#${id}`, lang)), { waitUntil: 'domcontentloaded' });
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
		}
		await page.close();
	});

	test('following a short link without JavaScript still lands on the section', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		for (const lang of langs) {
			const entry = manifest.pages['/introspection/'];
			const [id, code] = Object.entries(entry.anchors)[2];
			await page.goto(local(localePath(lang, `s/${code}`)));
			await page.waitForURL(local(localize(`/introspection/#${id}`, lang)));
			expect(await page.locator('h1').first().textContent()).toBeTruthy();
		}
		await noJs.close();
	});

	test('a #fragment added to a page’s short link is kept', async () => {
		const page = await open(`/en/s/${manifest.pages['/introspection/'].code}/#sources`);
		await page.waitForURL(local('/en/introspection/#sources'));
		await page.close();
	});
});

describe('slide kits', () => {
	test.each(topicSlugs.flatMap((slug) => langs.map((lang) => [localePath(lang, `slides/${slug}`), slug, lang] as const)))(
		'%s lists every section, and each QR code decodes to its short link',
		async (path, slug, lang) => {
			const page = await open(path);
			const entry = manifest.pages[localePath('ja', slug)];
			const cards = await page.locator('.kb-slide-card').evaluateAll((els) =>
				els.map((e) => ({ id: (e as HTMLElement).dataset.id, href: e.querySelector('[data-short-link]')?.getAttribute('href'), qrs: e.querySelectorAll('.kb-qr svg').length })),
			);
			const ids = cards.map((c) => c.id);
			expect(ids).toEqual(['', ...pages.find((p) => p.lang === lang && p.slug === slug)!.headings.filter((h) => h.depth <= 3).map((h) => h.id)]);
			expect(cards.map((c) => c.qrs), 'one QR code per card').toEqual(cards.map(() => 1));
			const decoded = await decodeQrs(page, '.kb-slide-card .kb-qr svg');
			for (let i = 0; i < ids.length; i++) {
				const code = ids[i] ? entry.anchors[ids[i]!] : entry.code;
				const expected = `${publicRoot}${localePath(lang, `s/${code}`).slice(1)}`;
				expect(cards[i].href, `short link of ${ids[i] || 'the page'}`).toBe(expected);
				expect(decoded[i], `QR of ${ids[i] || 'the page'}`).toBe(expected);
			}
			await page.close();
		},
	);

	test.each(langs)('every topic page links to its slide kit (%s)', async (lang) => {
		const page = await context.newPage();
		for (const slug of topicSlugs) {
			await page.goto(local(localePath(lang, slug)));
			await Promise.all([page.waitForURL(local(localePath(lang, `slides/${slug}`)), { waitUntil: 'commit' }), page.locator('.kb-slide-kit-link a').click()]);
		}
		await page.close();
	});
});

describe('link previews', () => {
	// A link preview is what a crawler reads from the static head (no script of the site changes it):
	// read from the built file, with the image fetched from the server as a crawler would.
	test.each(pages.map((p) => [p.url] as const))('%s has a 1200×630 preview image and card metadata', async (url) => {
		const head = headElements(builtHtml(url));
		const attr = (name: string, key: string, value: string, wanted: string) => head.find((e) => e.name === name && e.attributes[key] === value)?.attributes[wanted];
		const meta = (key: string, value: string) => attr('meta', key, value, 'content');
		const image = meta('property', 'og:image')!;
		expect(image.startsWith(`${publicRoot}og/`)).toBe(true);
		expect(meta('name', 'twitter:image')).toBe(image);
		expect(meta('name', 'twitter:card')).toBe('summary_large_image');
		expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')]).toEqual(['1200', '630']);
		expect(attr('link', 'rel', 'canonical', 'href')).toBe(`${publicRoot}${url.slice(1)}`);
		expect(head.filter((e) => e.name === 'link' && e.attributes.rel === 'alternate' && 'hreflang' in e.attributes).length).toBe(langs.length + 1);
		const res = await fetch(toLocal(image, publicRoot, site));
		expect(res.headers.get('content-type')).toBe('image/png');
		expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
	});

	test('the sitemap lists every page in both languages with alternates, and no redirect pages', async () => {
		const xml = await (await fetch(local('/sitemap-0.xml'))).text();
		const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]);
		for (const p of pages) {
			const entry = urls.find((u) => u.startsWith(`<loc>${publicRoot}${p.url.slice(1)}</loc>`));
			expect(entry, p.url).toBeDefined();
			for (const lang of langs) expect(entry).toContain(`hreflang="${lang}" href="${publicRoot}${localePath(lang, p.slug).slice(1)}"`);
		}
		expect(xml).not.toMatch(/\/s\/[a-z0-9]+\//);
	});
});

describe('print', () => {
	test('a topic page prints without navigation or search, with readable tables and external URLs shown', async () => {
		const page = await open('/en/governance/');
		await page.emulateMedia({ media: 'print' });
		for (const sel of ['header', 'nav.sidebar', '.right-sidebar-container', 'starlight-lang-select', '.pagination-links', '.kb-slide-kit-link']) {
			expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
		}
		const table = page.locator('.sl-markdown-content table').first();
		expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth + 1)).toBe(true);
		expect(await table.evaluate((t) => getComputedStyle(t.querySelector('td')!).borderTopStyle)).toBe('solid');
		const external = page.locator('.sl-markdown-content a[href^="http"]').first();
		const href = await external.getAttribute('href');
		expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
		await page.close();
	});
});
