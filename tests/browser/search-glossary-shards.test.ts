// A glossary past GLOSSARY_INLINE_MAX is sharded (src/search/glossary-shards.ts). Today's glossary is
// small, so a copy of the built site has its lexicons written again with every line in shards, by
// the build's own writer; the copy must answer as the site does, fetching one shard for a query
// typed in the other language and none for a query in the site's own.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type Served } from '../support/static-server.ts';
import { searchResults } from '../support/search-results.ts';
import { writeLexicon } from '../../src/search/glossary-shards.ts';
import { lexiconFile } from '../../src/search/index-builder.ts';
import { glossaryShard, type LexiconData } from '../../src/search/lexicon.ts';
import { writeOffline } from '../../src/offline/build-service-worker.ts';
import { readingPages } from '../../src/offline/reading-pages.ts';

const PER_SHARD = 16;
const work = mkdtempSync(join(tmpdir(), 'kb-glossary-shards-'));
const index = join(work, 'pagefind');
const shardsOf = (lang: 'ja' | 'en') => readdirSync(index).filter((f) => f.startsWith(`kb-glossary.${lang}.`));
let browser: Browser;
let page: Page;
let server: Served;
let served: string[] = [];
let online: string;

beforeAll(async () => {
	online = inject('siteUrl');
	cpSync('dist', work, { recursive: true });
	for (const lang of ['ja', 'en'] as const) {
		const { glossary, ...data } = JSON.parse(gunzipSync(readFileSync(join(index, lexiconFile(lang)))).toString('utf8')) as LexiconData;
		await writeLexicon(index, lexiconFile(lang), lang, data, glossary.split('\n'), { inlineMax: 0, perShard: PER_SHARD });
	}
	server = await serveStatic(work, '/', { onServe: (path) => served.push(path) });
	browser = await launchBrowser();
	page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

describe.each([
	['en', '内省', 'introspection'],
	['ja', 'self-preference', '自己選好'],
] as const)('on the %s site, sharded', (lang, other, own) => {
	test(`"${other}" fetches its one shard and finds what the site finds`, async () => {
		const shards = shardsOf(lang);
		expect(shards.length).toBeGreaterThan(1);
		const expected = await searchResults(page, online, lang, other);
		served = [];
		expect(await searchResults(page, server.url, lang, other)).toEqual(expected);
		expect(served.filter((p) => p.includes('kb-glossary'))).toEqual([`/pagefind/kb-glossary.${lang}.${glossaryShard(other, shards.length)}.bin`]);
		// Without its shard the query is still searched, as typed only: fewer or other pages.
		const blocked = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
		await blocked.route('**/kb-glossary.*', (route) => route.abort());
		const literal = await searchResults(blocked, server.url, lang, other);
		await blocked.context().close();
		expect(literal).not.toEqual(expected);
	});

	test(`"${own}" fetches no shard`, async () => {
		const expected = await searchResults(page, online, lang, own);
		served = [];
		expect(await searchResults(page, server.url, lang, own)).toEqual(expected);
		expect(served.filter((p) => p.includes('kb-glossary'))).toEqual([]);
	});
});

test('the shards are saved with their language, not on a first visit', async () => {
	const { precache } = await writeOffline(work, '/', readingPages(process.cwd()), 100_000);
	const urls = (list: keyof typeof precache.lists) => precache.lists[list].map((f) => f.url).filter((u) => u.includes('kb-glossary'));
	expect(urls('en').sort()).toEqual(shardsOf('en').map((f) => `/pagefind/${f}`).sort());
	expect(urls('ja').sort()).toEqual(shardsOf('ja').map((f) => `/pagefind/${f}`).sort());
	expect([...urls('core-en'), ...urls('core-ja'), ...urls('shell')]).toEqual([]);
});
