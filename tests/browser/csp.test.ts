import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { builtPages } from '../support/built-pages.ts';
import { watchProblems } from '../support/page-problems.ts';
import { parsePolicy } from '../../src/security/csp-hashes.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const queryFor = (path: string) => (path.startsWith('/en/') ? 'introspection' : '概念注入');

describe.each(builtPages())('%s', (path) => {
	// Read from the built file: the <meta> the browser enforces is the one in the file, and loading
	// every page in a browser only to read it cost a minute of the suite.
	test('carries a policy that allows no inline script and no eval, only WebAssembly', () => {
		const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
		const meta = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
		const policy = parsePolicy((meta?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
		for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
			expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-inline'");
			expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-eval'");
		}
	});

	test('loads and runs a search with no policy violation and no console error', async () => {
		const page = await browser.newPage();
		const problems = await watchProblems(page);
		await page.goto(new URL(path.slice(1), site).href);
		await page.locator('#kb-search-input').fill(queryFor(path));
		await page.locator('#kb-search-panel:not([hidden]) .kb-hit').first().waitFor();
		if (await page.locator('#kb-page-input').count()) {
			await page.locator('#kb-page-input').fill(queryFor(path));
			await page.locator('#kb-page-input').press('Enter');
			await page.locator('[data-search-status="done"] .kb-hit').first().waitFor();
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
