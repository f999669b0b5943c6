import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { watchProblems } from '../support/page-problems.ts';
import { describeQuery, hostileQueries } from '../support/hostile-queries.ts';
import { strings } from '../../src/search/ui/strings.ts';

const site = inject('siteUrl');
const queries = hostileQueries();
/** What the issue asks of every query: an answer within a second. */
const ANSWER_WITHIN_MS = 1000;
/** Elements the results may contain; anything else came from a query. */
const RESULT_TAGS = ['LI', 'H2', 'A', 'P', 'UL', 'MARK'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Answer { ms: number; status: string; done: boolean; foreign: string[] }

/** Submits one query through the page's form and waits for data-search-status="done". */
function ask(page: Page, query: number[]): Promise<Answer> {
	return page.evaluate(
		async ({ query, limit, tags }) => {
			const input = document.querySelector<HTMLInputElement>('#kb-page-input')!;
			const box = document.querySelector<HTMLElement>('.kb-results')!;
			input.value = String.fromCharCode(...query);
			const started = performance.now();
			input.form!.requestSubmit();
			while (box.dataset.searchStatus !== 'done' && performance.now() - started < limit * 3) await new Promise((r) => setTimeout(r, 5));
			return {
				ms: Math.round(performance.now() - started),
				status: box.querySelector('.kb-results-status')!.textContent ?? '',
				done: box.dataset.searchStatus === 'done',
				foreign: [...box.querySelectorAll('.kb-result-list *')].map((e) => e.tagName).filter((t) => !tags.includes(t)),
			};
		},
		{ query, limit: ANSWER_WITHIN_MS, tags: RESULT_TAGS },
	);
}

describe.each([
	['/search/', 'ja', '内省'],
	['/en/search/', 'en', 'introspection'],
] as const)('%s under abuse', (path, lang, warmUp) => {
	test(`answers each of ${queries.length} hostile queries within a second, with no error, dialog or injected markup`, async () => {
		const page = await browser.newPage();
		const problems = await watchProblems(page);
		await page.goto(new URL(path.slice(1), site).href);
		// The first search downloads the index; what is timed is answering, not the download.
		expect((await ask(page, [...warmUp].map((c) => c.charCodeAt(0)))).done).toBe(true);
		const failures: string[] = [];
		for (const q of queries) {
			const a = await ask(page, q);
			const what = describeQuery(q);
			if (!a.done || a.ms > ANSWER_WITHIN_MS) failures.push(`${what}: ${a.done ? `answered in ${a.ms} ms` : 'never answered'}`);
			if (a.status === strings[lang].error) failures.push(`${what}: the page showed its error message`);
			if (a.foreign.length) failures.push(`${what}: results contain ${a.foreign.join(', ')}`);
		}
		const seen = await problems.read();
		expect(failures).toEqual([]);
		expect(seen.console, 'errors and warnings logged').toEqual([]);
		expect(seen.dialogs, 'dialogs opened').toEqual([]);
		expect(seen.csp, 'CSP violations').toEqual([]);
		await page.close();
	});

	test('reads hostile and malformed ?q= values from the URL without an error', async () => {
		const page = await browser.newPage();
		const problems = await watchProblems(page);
		for (const q of ['%ED%A0%80', '%', '%E0%A4%A', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%00', '%22', 'a&q=b', '%F0%9F%98', encodeURIComponent('"><img src=x onerror=alert(1)>')]) {
			await page.goto(new URL(`${path.slice(1)}?q=${q}`, site).href);
			await page.locator('[data-search-status="done"]').waitFor();
			expect(await page.locator('.kb-results-status').textContent(), q).not.toBe(strings[lang].error);
		}
		const seen = await problems.read();
		expect(seen.console).toEqual([]);
		expect(seen.dialogs).toEqual([]);
		await page.close();
	});
});
