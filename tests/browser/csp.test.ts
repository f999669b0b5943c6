import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { watchProblems } from '../support/page-problems.ts';
import { parsePolicy } from '../../src/security/csp-hashes.ts';
import { topicSlugs } from '../../src/config/topics.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const queryFor = (path: string) => (path.startsWith('/en/') ? 'introspection' : '概念注入');

/** The policy a built page carries in its <meta>. */
function policyOf(path: string) {
	const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
	const meta = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	return parsePolicy((meta?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
}

/** The policy without the hashes of the page's own inline code: what the search runs under. */
const withoutHashes = (policy: Map<string, string[]>) => Object.fromEntries([...policy].map(([name, sources]) => [name, sources.filter((s) => !/^'sha(256|384|512)-/.test(s))]));

/** The template a page is drawn by: a topic's pages and short links share one per language. */
const templateOf = (path: string) => path.replace(/\/s\/[^/]+\/$/, '/s/*/').replace(new RegExp(`/(${topicSlugs.join('|')})/$`), '/*/');

const pages = builtPages();
/**
 * The header search is one component whose code and policy (apart from hashes, see the test below)
 * are the same on every page: it runs on the first page of each template in each language. Every
 * page is still loaded, and its own inline code and scripts are checked against its own policy.
 */
const searchedOn = new Map<string, string>();
for (const path of pages) if (!searchedOn.has(templateOf(path))) searchedOn.set(templateOf(path), path);

// Short links are left out: the redirect page has no search, which runs on the page it lands on.
test('every page with a search carries the same policy apart from the hashes of its own inline code', () => {
	const home = withoutHashes(policyOf('/'));
	for (const path of pages.filter((p) => !/^(\/en)?\/s\//.test(p))) expect(withoutHashes(policyOf(path)), path).toEqual(home);
});

describe.each(pages)('%s', (path) => {
	// Read from the built file: the <meta> the browser enforces is the one in the file, and loading
	// every page in a browser only to read it cost a minute of the suite.
	test('carries a policy that allows no inline script and no eval, only WebAssembly', () => {
		const policy = policyOf(path);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
		for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
			expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-inline'");
			expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-eval'");
		}
	});

	const searched = searchedOn.get(templateOf(path)) === path;
	test(searched ? 'loads and runs a search with no policy violation and no console error' : `loads with no policy violation and no console error (the search runs on ${searchedOn.get(templateOf(path))})`, async () => {
		const page = await browser.newPage();
		const problems = await watchProblems(page);
		await page.goto(new URL(path.slice(1), site).href);
		if (searched) {
			await page.locator('#kb-search-input').fill(queryFor(path));
			await page.locator('#kb-search-panel:not([hidden]) .kb-hit').first().waitFor();
			if (await page.locator('#kb-page-input').count()) {
				await page.locator('#kb-page-input').fill(queryFor(path));
				await page.locator('#kb-page-input').press('Enter');
				await page.locator('[data-search-status="done"] .kb-hit').first().waitFor();
			}
		} else {
			// What runs after the load: the offline worker's registration (a failure is a console warning).
			await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), { message: 'the offline worker registers', timeout: 15_000 }).toBe(true);
		}
		const seen = await problems.read();
		expect(seen.csp, 'CSP violations').toEqual([]);
		expect(seen.console, 'console errors').toEqual([]);
		await page.close();
	});
});

test('the policy is enforced: an injected inline script is blocked and reported', async () => {
	const page = await browser.newPage();
	const problems = await watchProblems(page);
	await page.goto(new URL('introspection/', site).href);
	const ran = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		await new Promise((r) => setTimeout(r, 50));
		return 'injected' in window;
	});
	expect(ran).toBe(false);
	expect((await problems.read()).csp.join('\n')).toContain('script-src-elem blocked inline');
	await page.close();
});
