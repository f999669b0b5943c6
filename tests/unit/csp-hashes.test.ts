import { expect, test } from 'vitest';
import { completePolicy, parsePolicy, sha256 } from '../../src/security/csp-hashes.ts';
import { basePolicy } from '../../src/config/csp.ts';

const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => parsePolicy(/content-security-policy" content="([^"]*)"/.exec(html)![1].replace(/&quot;/g, '"'));

test('an inline script Astro did not hash is added to script-src by its hash, and a hash of nothing on the page is dropped', () => {
	const html = page(`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x' ${sha256('go()')}; style-src 'self' 'sha256-y'"><script>theme()</script><script>go()</script>`);
	const policy = policyOf(completePolicy(html, basePolicy));
	expect(policy.get('script-src')).toEqual(["'self'", sha256('go()'), sha256('theme()')]);
	expect(policy.get('style-src')).toEqual(["'self'"]);
});

test('external scripts and JSON data blocks are not hashed', () => {
	const html = page(`<meta http-equiv="content-security-policy" content="script-src 'self'"><script src="/a.js"></script><script type="application/ld+json">{}</script>`);
	expect(policyOf(completePolicy(html, basePolicy)).get('script-src')).toEqual(["'self'"]);
});

test('style attributes are allowed one by one, by hash, never with unsafe-inline', () => {
	const html = page(`<meta http-equiv="content-security-policy" content="script-src 'self'">`, `<svg style="--size: 1rem;"></svg><li style="--depth: 1;"></li><a style='--size: 1rem;'></a>`);
	const attr = policyOf(completePolicy(html, basePolicy)).get('style-src-attr');
	expect(attr).toEqual(["'unsafe-hashes'", sha256('--size: 1rem;'), sha256('--depth: 1;')]);
});

test('a style attribute is hashed as the browser reads it, after entity decoding', () => {
	const html = page(`<meta http-equiv="content-security-policy" content="script-src 'self'">`, `<p style="font-family: &quot;A&amp;B&quot;"></p>`);
	expect(policyOf(completePolicy(html, basePolicy)).get('style-src-attr')).toContain(sha256('font-family: "A&B"'));
});

test('a page without a policy gets the site policy right after its charset', () => {
	const done = completePolicy(page('<script>go()</script>'), basePolicy);
	expect(done).toMatch(/<meta charset="utf-8"><meta http-equiv="content-security-policy"/);
	const policy = policyOf(done);
	expect(policy.get('default-src')).toEqual(["'self'"]);
	expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256('go()')]);
});

test('the site policy allows WebAssembly but no inline or eval script', () => {
	const scriptSrc = parsePolicy(basePolicy).get('script-src')!;
	expect(scriptSrc).toContain("'wasm-unsafe-eval'");
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
});
