// The pieces of the section tools that need no browser: the packed QR code the panel draws, the
// short link's line breaks, the placeholder address, the heading-link labels per language.
import { expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { deployment, isPlaceholderSite, PLACEHOLDER_SITE } from '../../src/config/site.ts';
import { relabelAnchors } from '../../src/sections/anchor-labels.ts';
import { qrBits } from '../../src/sections/qr-bits.ts';
import { qrSvgText } from '../../src/sections/qr-draw.ts';
import { shortLinkParts } from '../../src/sections/short-link-text.ts';
import ja from '../../src/content/i18n/ja.json';
import en from '../../src/content/i18n/en.json';

const decode = (svg: string) => {
	const raster = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render().asPng());
	return jsQR(new Uint8ClampedArray(raster.data), raster.width, raster.height)?.data;
};

test.each(['https://llm-psychology-kb.example.org/s/uc4/', 'https://user.github.io/kb/en/s/k7x/'])('a QR code packed at build time and drawn in the page decodes to %s', (url) => {
	expect(decode(qrSvgText(qrBits(url), url))).toBe(url);
});

test.each([
	['https://kb.example.org/s/5eg/', ['kb.example.org/', 's/', '5eg/']],
	['https://user.github.io/kb/en/s/k7x/', ['user.github.io/', 'kb/', 'en/', 's/', 'k7x/']],
])('a short link is shown without its scheme and breaks only after a slash: %s', (url, parts) => {
	expect(shortLinkParts(url)).toEqual(parts);
});

test.each([
	[{}, { site: PLACEHOLDER_SITE, base: '/', placeholder: true }],
	[{ SITE: '' }, { site: PLACEHOLDER_SITE, base: '/', placeholder: true }],
	[{ SITE: 'https://user.github.io', BASE_PATH: '/kb/' }, { site: 'https://user.github.io', base: '/kb/', placeholder: false }],
])('the deployment address comes from SITE and BASE_PATH, or is the placeholder (%j)', (env, expected) => {
	expect(deployment(env)).toEqual(expected);
	expect(isPlaceholderSite(expected.site)).toBe(expected.placeholder);
});

test('the Japanese heading-link label is Japanese, and English pages get theirs back', () => {
	expect(ja['heading.anchorLabel']).toMatch(/^[^A-Za-z]*\{\{title\}\}[^A-Za-z]*$/);
	const html = `<h2 id="a">概要</h2><a class="sl-anchor-link" href="#a"><span aria-hidden="true">x</span><span class="sr-only" data-pagefind-ignore>${ja['heading.anchorLabel'].replace('{{title}}', 'Overview')}</span></a>`;
	expect(relabelAnchors(html, ja['heading.anchorLabel'], en['heading.anchorLabel'])).toContain('<span class="sr-only" data-pagefind-ignore>Section titled “Overview”</span></a>');
});
