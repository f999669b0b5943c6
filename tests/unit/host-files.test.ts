// The host files' formats, on small made-up rules: Netlify's and Cloudflare's two differences, the
// redirect cap, the header line limit, the merged policy and the nginx snippet.
import { describe, expect, test } from 'vitest';
import { headersFile, nginxConf, redirectsFile } from '../../src/deploy/formats.ts';
import { siteWidePolicy } from '../../src/deploy/policy.ts';
import { IMMUTABLE, REDIRECT_CAP, REVALIDATE, type HeaderRule, type HostRules } from '../../src/deploy/rules.ts';

const headers: HeaderRule[] = [
	{ path: '/kb/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Cache-Control', REVALIDATE]] },
	{ path: '/kb/_astro/*', headers: [['Cache-Control', IMMUTABLE]], replaces: ['Cache-Control'] },
	{ path: '/kb/pagefind/kb-lexicon.ja.bin', headers: [['Content-Type', 'application/gzip']], replaces: ['Content-Type'] },
];
const rules = (count: number): HostRules => ({
	redirects: Array.from({ length: count }, (_, i) => ({ from: `/kb/s/${i}/`, to: `/kb/page-${i}/#section` })),
	headers,
});

describe('_redirects', () => {
	test.each([
		['cloudflare', '/kb/s/0/ /kb/page-0/#section 301'],
		['netlify', '/kb/s/0/ /kb/page-0/#section 301!'],
	] as const)('for %s keeps the #section and forces the 301 only where a file would win (%s)', (host, line) => {
		expect(redirectsFile(rules(1), host).text.split('\n')).toContain(line);
	});

	test(`writes at most ${REDIRECT_CAP} rules and counts the rest`, () => {
		const { text, overCap } = redirectsFile(rules(REDIRECT_CAP + 5), 'cloudflare');
		expect(text.split('\n').filter((l) => l.startsWith('/')).length).toBe(REDIRECT_CAP);
		expect(overCap).toBe(5);
	});
});

describe('_headers', () => {
	test('for Cloudflare, a specific rule drops the site-wide value first', () => {
		expect(headersFile(headers, 'cloudflare')).toContain('/kb/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n');
	});

	test('for Netlify, which lets the specific rule win, no detach line is written', () => {
		expect(headersFile(headers, 'netlify')).not.toMatch(/^\s+!/m);
	});

	test('refuses a header line longer than Cloudflare reads, naming the header and the path', () => {
		expect(() => headersFile([{ path: '/*', headers: [['Content-Security-Policy', 'x'.repeat(2000)]] }], 'cloudflare')).toThrow(/Content-Security-Policy header for \/\* is 2027 characters/);
	});
});

describe('the site-wide policy', () => {
	const policy = siteWidePolicy([
		"default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; style-src-attr 'unsafe-hashes' 'sha256-t'",
		"default-src 'self'; script-src 'self' 'sha256-b'",
	]);
	test("allows every page's script hashes and frames nowhere", () => {
		expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b'");
		expect(policy).toMatch(/frame-ancestors 'none'$/);
	});
	test('leaves style hashes to each page’s own <meta> policy', () => {
		expect(policy).toContain("style-src 'self' 'unsafe-inline'; style-src-attr 'unsafe-inline'");
		expect(policy).not.toContain('sha256-s');
	});
});

describe('the nginx snippet', () => {
	const conf = nginxConf(rules(3));
	test('maps every redirect, with no cap', () => {
		expect(conf).toContain('\t/kb/s/2/ "/kb/page-2/#section";');
		expect(conf).toContain('if ($kb_redirect) { return 301 $kb_redirect; }');
	});
	test('repeats the security headers in each location (add_header does not inherit)', () => {
		const astro = conf.slice(conf.indexOf('location ^~ /kb/_astro/'));
		expect(astro).toMatch(/^location \^~ \/kb\/_astro\/ \{\n\tadd_header X-Content-Type-Options "nosniff" always;\n\tadd_header Cache-Control "public, max-age=31536000, immutable" always;\n\}/);
	});
	test('gives the lexicon its type', () => {
		expect(conf).toContain('location = /kb/pagefind/kb-lexicon.ja.bin {\n\tdefault_type application/gzip;\n\ttypes { }');
	});
});
