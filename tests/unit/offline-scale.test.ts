// The offline policy as the site grows: synthetic built sites of 7, 21 and 700 topics (pages in both
// languages, search files, two short links per topic), listed and bundled as the build does.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { listPrecache } from '../../src/offline/precache.ts';
import { buildServiceWorker } from '../../src/offline/build-service-worker.ts';
import { shardOf } from '../../src/offline/protocol.ts';

const work = mkdtempSync(join(tmpdir(), 'kb-offline-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site of `topics` topics; each page carries `pageBytes` of text that does not compress. */
function site(topics: number, pageBytes = 2_000): { dir: string; pages: string[] } {
	const dir = join(work, `site-${topics}-${pageBytes}`);
	const put = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const pages = ['/', '/en/', '/search/', '/en/search/', '/offline/', '/en/offline/'];
	for (const page of pages) put(`${page.slice(1)}index.html`, `<h1>${page}</h1><script type="module" src="/_astro/page.js"></script>`);
	put('offline/missing/index.html', '<p data-kb-miss="page">');
	put('en/offline/missing/index.html', '<p data-kb-miss="page">');
	put('404.html', '<h1>404</h1>');
	put('_astro/page.js', 'console.log(1)');
	put('pagefind/pagefind.js', 'export {}');
	put('pagefind/pagefind-entry.json', '{}');
	put('pagefind/pagefind.en_1.pf_meta', 'm');
	put('pagefind/pagefind.xja_1.pf_meta', 'm');
	put('pagefind/kb-lexicon.ja.bin', 'l');
	for (let i = 0; i < topics; i++) {
		for (const [lang, prefix, code] of [['ja', '', 'xja'], ['en', 'en/', 'en']]) {
			const url = `/${prefix}topic-${i}/`;
			pages.push(url);
			put(`${prefix}topic-${i}/index.html`, `<h1>${lang} ${i}</h1>${randomBytes(pageBytes / 2).toString('hex')}`);
			put(`pagefind/fragment/${code}_${i}.pf_fragment`, `f${i}`);
			put(`pagefind/index/${code}_${i}.pf_index`, `i${i}`);
			for (const n of [0, 1]) put(`${prefix}s/${i}${n}/index.html`, `<meta http-equiv="refresh" content="0; url=/${prefix}topic-${i}/#s${n}">`);
		}
	}
	return { dir, pages };
}

/** The worker with every number (version hash, sizes, shard count) taken out: what is left is code and fixed settings. */
// A number may be minified as 15e5, so a figure's exponent is part of the figure.
const shape = (code: string) => code.replace(/[0-9a-f]{12}/g, 'V').replace(/\d+(?:e\d+)?/g, 'N');

let small: { dir: string; pages: string[] };
let big: { dir: string; pages: string[] };
beforeAll(() => {
	small = site(7);
	big = site(700, 20);
}, 60_000);

test('the worker is the same size at 7, 21 and 700 topics (no file list or short link inside)', { timeout: 60_000 }, async () => {
	const workers = [];
	for (const topics of [7, 21, 700]) {
		const { dir, pages } = topics === 7 ? small : topics === 700 ? big : site(topics, 20);
		const precache = await listPrecache(dir, '/', pages);
		expect(Object.keys(precache.redirects)).toHaveLength(topics * 4);
		const code = await buildServiceWorker(precache);
		expect(code).not.toContain('topic-');
		workers.push({ topics, code, gzip: gzipSync(code).length });
	}
	expect(shape(workers[2].code)).toBe(shape(workers[0].code));
	expect(shape(workers[1].code)).toBe(shape(workers[0].code));
	// The numbers differ by a few digits at most.
	expect(Math.abs(workers[2].code.length - workers[0].code.length)).toBeLessThan(40);
	for (const w of workers) expect(w.gzip, `${w.topics} topics`).toBeLessThan(20_000);
});

test('the short links are split into shards the worker finds by path', { timeout: 60_000 }, async () => {
	const { shards, redirects } = await listPrecache(big.dir, '/', big.pages);
	expect(shards.length).toBeGreaterThan(1);
	for (const [from, to] of Object.entries(redirects)) expect(shards[shardOf(from, shards.length)][from]).toBe(to);
	expect(shards.reduce((n, s) => n + Object.keys(s).length, 0)).toBe(Object.keys(redirects).length);
});

test.each([
	['at the threshold', 0, 'full'],
	['one byte over it', -1, 'partial'],
])('the offline mode is full %s and partial above it', async (_, delta, mode) => {
	const { dir, pages } = small;
	const measured = await listPrecache(dir, '/', pages);
	// The threshold is on the whole copy: the shell and both languages, the link shards once.
	const whole = measured.files.reduce((sum, f) => sum + f.gzip, 0);
	expect((await listPrecache(dir, '/', pages, whole + delta)).mode).toBe(mode);
});

test('a language holds its pages and search files; its core only what search needs to start', async () => {
	const { lists } = await listPrecache(small.dir, '/', small.pages);
	const en = lists.en.map((f) => f.url);
	expect(en).toEqual(expect.arrayContaining(['/en/topic-3/', '/pagefind/fragment/en_3.pf_fragment', '/pagefind/index/en_3.pf_index', '/pagefind/pagefind.en_1.pf_meta']));
	expect(en.filter((u) => u.includes('xja') || /^\/topic-/.test(u))).toEqual([]);
	expect(lists['core-en'].map((f) => f.url).sort()).toEqual(['/en/', '/en/search/', '/pagefind/pagefind.en_1.pf_meta']);
	expect(lists['core-ja'].map((f) => f.url).sort()).toEqual(['/', '/pagefind/kb-lexicon.ja.bin', '/pagefind/pagefind.xja_1.pf_meta', '/search/']);
	expect(lists.shell.map((f) => f.url)).toEqual(expect.arrayContaining(['/_astro/page.js', '/en/offline/', '/en/offline/missing/', '/pagefind/pagefind.js']));
});
