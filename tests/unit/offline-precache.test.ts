import { afterEach, beforeEach, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listPrecache } from '../../src/offline/precache.ts';

let dir: string;
const put = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'kb-precache-'));
	put('index.html', '<h1>ホーム</h1>');
	put('en/introspection/index.html', '<h1>Introspection</h1>');
	put('_astro/page.js', 'console.log(1)');
	put('pagefind/pagefind-entry.json', '{}');
	put('pagefind/fragment/en_1.pf_fragment', 'x');
	put('pagefind/kb-lexicon.ja.bin', 'y');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('lists every built file with its size and SHA-256 integrity', async () => {
	const { files } = await listPrecache(dir, '/');
	const page = files.find((f) => f.url === '/en/introspection/')!;
	expect(page.bytes).toBe(Buffer.byteLength('<h1>Introspection</h1>'));
	expect(page.integrity).toBe(`sha256-${createHash('sha256').update('<h1>Introspection</h1>').digest('base64')}`);
	expect(files.map((f) => f.url).sort()).toEqual(['/', '/_astro/page.js', '/en/introspection/', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/kb-lexicon.ja.bin', '/pagefind/pagefind-entry.json']);
});

test('serves pages at their directory URL under the deployment base', async () => {
	const { files } = await listPrecache(dir, '/kb/');
	expect(files.map((f) => f.url)).toContain('/kb/en/introspection/');
	expect(files.map((f) => f.url)).toContain('/kb/');
});

test('leaves out the worker, the sitemaps and the search interfaces no page loads', async () => {
	put('sw.js', 'self');
	put('sitemap-index.xml', '<x/>');
	put('pagefind/pagefind-ui.js', 'ui');
	put('pagefind/pagefind-component-ui.css', 'ui');
	put('pagefind/pagefind-highlight.js', 'ui');
	const urls = (await listPrecache(dir, '/')).files.map((f) => f.url);
	expect(urls.filter((u) => /sw\.js|sitemap|-ui\.|highlight/.test(u))).toEqual([]);
});

test('leaves out the side-by-side views, which repeat the two language pages', async () => {
	put('parallel/introspection/index.html', '<h1>日英対訳</h1>');
	expect((await listPrecache(dir, '/')).files.map((f) => f.url).filter((u) => u.includes('parallel'))).toEqual([]);
});

test('gets a new version when one byte of one file changes', async () => {
	const before = await listPrecache(dir, '/');
	put('pagefind/fragment/en_1.pf_fragment', 'z');
	const after = await listPrecache(dir, '/');
	expect(after.version).not.toBe(before.version);
});

test('keeps its version when a rebuild changes nothing', async () => {
	const before = await listPrecache(dir, '/');
	put('index.html', '<h1>ホーム</h1>');
	expect((await listPrecache(dir, '/')).version).toBe(before.version);
});
