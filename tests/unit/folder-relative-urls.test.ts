import { expect, test } from 'vitest';
import { relativeUrl, relativizeCss, relativizeHtml, type Rewrite } from '../../src/folder-build/relative-urls.ts';

const FILES = ['index.html', 'introspection/index.html', 'en/index.html', 'en/introspection/index.html', 'search/index.html', '_astro/page.css', 'favicon.svg', 'fonts/a.woff2'];
const rewrite = (): Rewrite => ({ exists: (p) => FILES.includes(p), missing: [] });

test('points a page URL at its index.html, relative to the linking page', () => {
	expect(relativeUrl('/introspection/', 'en/introspection/index.html', '/', rewrite())).toBe('../../introspection/index.html');
	expect(relativeUrl('/en/', 'index.html', '/', rewrite())).toBe('en/index.html');
	expect(relativeUrl('/', 'en/introspection/index.html', '/', rewrite())).toBe('../../index.html');
});

test('keeps the query and the section anchor', () => {
	expect(relativeUrl('/search/?q=a&b=1', 'index.html', '/', rewrite())).toBe('search/index.html?q=a&b=1');
	expect(relativeUrl('/en/introspection/#concept-injection', 'en/index.html', '/', rewrite())).toBe('introspection/index.html#concept-injection');
});

test('a link to the page itself names its own file', () => {
	expect(relativeUrl('/en/introspection/#x', 'en/introspection/index.html', '/', rewrite())).toBe('index.html#x');
});

test('strips the deployment base the site was built with', () => {
	expect(relativeUrl('/kb/en/introspection/', 'index.html', '/kb/', rewrite())).toBe('en/introspection/index.html');
});

test('leaves external links, anchors and data URLs alone', () => {
	for (const url of ['https://arxiv.org/abs/1', '//cdn.example/x.js', '#overview', 'data:image/svg+xml,x', 'mailto:x']) {
		expect(relativeUrl(url, 'en/index.html', '/', rewrite())).toBe(url);
	}
});

test('reports a URL that names no file of the copy', () => {
	const r = rewrite();
	relativeUrl('/no-such-page/', 'en/index.html', '/', r);
	expect(r.missing).toEqual(['en/index.html: /no-such-page/']);
});

test('rewrites links, scripts, forms and the language picker in HTML', () => {
	const html = `<head><link rel="icon" href="/favicon.svg"><script defer src="/_astro/page.css"></script></head>`
		+ `<a href="/en/introspection/#x">x</a><form action="/search/"></form><select><option value="/introspection/">日本語</option></select><input value="/introspection/">`;
	expect(relativizeHtml(html, 'en/index.html', '/', rewrite())).toBe(
		`<head><link rel="icon" href="../favicon.svg"><script defer src="../_astro/page.css"></script></head>`
			+ `<a href="introspection/index.html#x">x</a><form action="../search/index.html"></form><select><option value="../introspection/index.html">日本語</option></select><input value="/introspection/">`,
	);
});

test('leaves the code inside scripts as it is', () => {
	const html = `<script>document.body.innerHTML = '<a href="/introspection/">x</a>';</script>`;
	expect(relativizeHtml(html, 'en/index.html', '/', rewrite())).toBe(html);
});

test('makes url() in stylesheets relative to the stylesheet', () => {
	expect(relativizeCss('@font-face{src:url("/fonts/a.woff2")}a{background:url(data:x)}', '_astro/page.css', '/', rewrite())).toBe(
		'@font-face{src:url("../fonts/a.woff2")}a{background:url(data:x)}',
	);
});

test('rewrites the target of a redirect page\'s meta refresh', () => {
	const html = `<meta http-equiv="refresh" content="0; url=/introspection/#x"><meta name="description" content="0; url=/introspection/">`;
	expect(relativizeHtml(html, 's/abc/index.html', '/', rewrite())).toBe(
		`<meta http-equiv="refresh" content="0; url=../../introspection/index.html#x"><meta name="description" content="0; url=/introspection/">`,
	);
});
