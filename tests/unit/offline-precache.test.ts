import { afterEach, beforeEach, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listPrecache, redirectTarget } from '../../src/offline/precache.ts';

let dir: string;
const put = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const PAGES = ['/', '/en/introspection/', '/search/'];
const redirect = (to: string) => `<!doctype html><html><head><meta http-equiv="refresh" content="0; url=${to}"></head></html>`;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kb-precache-'));
	put('index.html', '<h1>ホーム</h1>');
	put('en/introspection/index.html', '<h1>Introspection</h1><script type="module" src="/_astro/page.js"></script>');
	put('search/index.html', '<h1>検索</h1>');
	put('404.html', '<h1>404</h1>');
	put('_astro/page.js', 'import("./panel.js")');
	put('_astro/panel.js', 'console.log(1)');
	put('pagefind/pagefind-entry.json', '{}');
	put('pagefind/fragment/en_1.pf_fragment', 'x');
	put('pagefind/kb-lexicon.ja.bin', 'y');
	put('icons/icon-192.png', 'png');
	put('manifest.webmanifest', '{}');
	put('en/manifest.webmanifest', '{}');
	put('favicon.svg', '<svg/>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('lists every file reading needs with its size and SHA-256 integrity', async () => {
	const { files, version } = await listPrecache(dir, '/', PAGES);
	const page = files.find((f) => f.url === '/en/introspection/')!;
	const html = '<h1>Introspection</h1><script type="module" src="/_astro/page.js"></script>';
	expect(page.bytes).toBe(Buffer.byteLength(html));
	expect(page.integrity).toBe(`sha256-${createHash('sha256').update(html).digest('base64')}`);
	// And the short-link shard(s) the worker reads redirects from, in a folder named by the version.
	expect(files.map((f) => f.url).filter((u) => u.startsWith('/kb-offline/'))).toEqual([`/kb-offline/${version}/links/0.json`]);
	expect(files.map((f) => f.url).filter((u) => !u.startsWith('/kb-offline/')).sort()).toEqual([
		'/', '/_astro/page.js', '/_astro/panel.js', '/en/introspection/', '/en/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png',
		'/manifest.webmanifest', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/kb-lexicon.ja.bin', '/pagefind/pagefind-entry.json', '/search/',
	]);
});

test('serves pages at their directory URL under the deployment base', async () => {
	const { files } = await listPrecache(dir, '/kb/', PAGES);
	expect(files.map((f) => f.url)).toContain('/kb/en/introspection/');
	expect(files.map((f) => f.url)).toContain('/kb/');
});

test.each([
	['a preview image', 'og/en/introspection.png'],
	['a slide kit', 'slides/introspection/index.html'],
	['a page kind not in the include list', 'parallel/introspection/index.html'],
	['a short-link page', 's/abc/index.html'],
	['the worker', 'sw.js'],
	['a sitemap', 'sitemap-index.xml'],
	['a Pagefind interface no page loads', 'pagefind/pagefind-ui.js'],
	['Pagefind\'s highlighter', 'pagefind/pagefind-highlight.js'],
	['Pagefind\'s worker (search runs without it)', 'pagefind/pagefind-worker.js'],
	['an app icon only installing fetches', 'icons/icon-512.png'],
	['the 404 page (the worker answers with the offline-miss page)', '404.html'],
	['a script only a page kind left out loads', '_astro/slide-kit.js'],
])('leaves out %s', async (_, path) => {
	put(path, path.endsWith('.html') ? '<h1>x</h1>' : 'x');
	const urls = (await listPrecache(dir, '/', PAGES)).files.map((f) => f.url);
	expect(urls).not.toContain(`/${path.replace(/index\.html$/, '')}`);
	expect(urls).toContain('/en/introspection/');
});

test('maps every redirect page to its target instead of caching it', async () => {
	put('s/abc/index.html', redirect('/introspection/#overview'));
	put('en/s/abc/index.html', redirect('/en/introspection/#overview'));
	const { files, redirects, shards } = await listPrecache(dir, '/', PAGES);
	expect(redirects).toEqual({ '/s/abc/': '/introspection/#overview', '/en/s/abc/': '/en/introspection/#overview' });
	expect(files.map((f) => f.url).filter((u) => u.includes('/s/'))).toEqual([]);
	expect(shards).toEqual([redirects]);
});

test('reads a redirect target with its &amp; decoded', () => {
	expect(redirectTarget(redirect('/search/?q=a&amp;b=1#x'))).toBe('/search/?q=a&b=1#x');
	expect(redirectTarget('<h1>not a redirect</h1>')).toBeUndefined();
});

test('stops on a reading page that was not built', async () => {
	await expect(listPrecache(dir, '/', [...PAGES, '/en/missing/'])).rejects.toThrow('en/missing/index.html');
});

test('leaves out the side-by-side views, which repeat the two language pages', async () => {
	put('parallel/introspection/index.html', '<h1>日英対訳</h1>');
	expect((await listPrecache(dir, '/', PAGES)).files.map((f) => f.url).filter((u) => u.includes('parallel'))).toEqual([]);
});

test('gets a new version when one byte of one file changes', async () => {
	const before = await listPrecache(dir, '/', PAGES);
	put('pagefind/fragment/en_1.pf_fragment', 'z');
	expect((await listPrecache(dir, '/', PAGES)).version).not.toBe(before.version);
});

test('gets a new version when a short link changes its target', async () => {
	put('s/abc/index.html', redirect('/introspection/#overview'));
	const before = await listPrecache(dir, '/', PAGES);
	put('s/abc/index.html', redirect('/introspection/#method'));
	expect((await listPrecache(dir, '/', PAGES)).version).not.toBe(before.version);
});

test('keeps its version when a rebuild changes nothing', async () => {
	const before = await listPrecache(dir, '/', PAGES);
	put('index.html', '<h1>ホーム</h1>');
	expect((await listPrecache(dir, '/', PAGES)).version).toBe(before.version);
});
