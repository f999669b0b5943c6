// The failure cases Pagefind's tracker documents for Japanese (issue #1237), on a mini site whose
// decoy page holds the same characters in other words: each query must find exactly its page.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type Served } from '../support/static-server.ts';

const ROOT = 'tests/fixtures/search-site';
let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	execFileSync('node_modules/.bin/astro', ['build', '--root', ROOT], { stdio: ['ignore', 'ignore', 'inherit'] });
	served = await serveStatic(`${ROOT}/dist`);
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
	await served?.close();
});

async function resultsFor(q: string): Promise<string[]> {
	await page.goto(`${served.url}search/?q=${encodeURIComponent(q)}`);
	await page.waitForSelector('[data-search-status="done"]');
	return page.$$eval('[data-search-result]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.each([
	['新幹線', ['/shinkansen/']],
	['新千歳空港', ['/airport/']],
	['ガベージコレクション', ['/memory/']],
	['リポジトリ', ['/version-control/']],
	['ｶﾞﾍﾞｰｼﾞｺﾚｸｼｮﾝ', ['/memory/']],
	['コレクション', ['/memory/', '/decoy/']],
	['幹線道路', ['/decoy/']],
	['bullet train', ['/shinkansen/']],
	['新千歳駅', []],
	['量子コンピュータ', []],
])('%s', (q, expected) => {
	test('finds exactly the pages that contain it', async () => {
		expect((await resultsFor(q)).sort()).toEqual([...expected].sort());
	});
});
