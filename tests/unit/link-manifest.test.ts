import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { formatProblems } from '../../src/content-checks/index.ts';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { checkLinkManifest } from '../../src/links/checks.ts';
import { CODE } from '../../src/links/codes.ts';
import { runLinkChecks } from '../../src/links/index.ts';
import { emptyManifest, type LinkManifest } from '../../src/links/manifest.ts';
import { updateManifest } from '../../src/links/update.ts';

const root = process.cwd();
// The content checks' valid bilingual fixture: /good/ (#first, #second) and /other/ (#part).
const pages = readPages(root, join(root, 'tests/fixtures/content-checks/valid'));
const fresh = () => updateManifest(emptyManifest(), pages).manifest;
const problems = (m: LinkManifest) => formatProblems(checkLinkManifest(m, pages));
const F = 'tests/fixtures/content-checks/valid';

test('the committed manifest covers the site and every published link resolves', () => {
	expect(formatProblems(runLinkChecks(root))).toBe('');
});

describe('links:update', () => {
	test('gives every page and section a short code from the unambiguous alphabet', () => {
		const m = fresh();
		expect(Object.keys(m.pages)).toEqual(['/good/', '/other/']);
		expect(m.pages['/good/'].urls).toEqual(['/good/', '/en/good/']);
		expect(Object.keys(m.pages['/good/'].anchors)).toEqual(['first', 'second']);
		const codes = Object.values(m.pages).flatMap((e) => [e.code, ...Object.values(e.anchors)]);
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(CODE);
	});

	test('keeps existing codes when it runs again', () => {
		const first = fresh();
		const again = updateManifest(first, pages);
		expect(again.manifest).toEqual(first);
		expect(again.added).toEqual([]);
	});

	test('never removes an entry whose section is gone', () => {
		const m = fresh();
		m.pages['/good/'].anchors['gone'] = '22a';
		expect(updateManifest(m, pages).manifest.pages['/good/'].anchors['gone']).toBe('22a');
	});

	test('records moves and retirements given on the command line', () => {
		const { manifest } = updateManifest(fresh(), pages, { moves: [['/old/', '/good/']], retires: [['/good/#gone', '/good/#first']] });
		expect(manifest.moved).toEqual({ '/old/': '/good/' });
		expect(manifest.retired).toEqual({ '/good/#gone': '/good/#first' });
	});

	test('draws again when a code is already taken', () => {
		const m = fresh();
		delete m.pages['/other/'];
		m.pages['/good/'].anchors['later'] = '222';
		// The first draw is '222' (index 0 three times); it is taken, so the code must differ.
		let n = 0;
		const { manifest } = updateManifest(m, pages, undefined, (size) => (n++ < 3 ? 0 : n % size));
		expect(manifest.pages['/other/'].code).not.toBe('222');
		expect(manifest.pages['/other/'].code).toMatch(CODE);
	});
});

describe('the permanence check', () => {
	test('passes a fresh manifest', () => {
		expect(problems(fresh())).toBe('');
	});

	test('fails on a published section id that is gone, naming the page and the id', () => {
		const m = fresh();
		m.pages['/good/'].anchors['gone'] = '22a';
		expect(problems(m)).toContain(`${F}/good.mdx: section id "gone" of /good/ (short link /s/22a/) no longer resolves: ${F}/good.mdx has no section with id "gone". Restore the heading id, or record its new home: npm run links:update -- --retire /good/#gone=/good/#new-id`);
	});

	test('passes a gone section id that is retired to a section that exists', () => {
		const m = fresh();
		m.pages['/good/'].anchors['gone'] = '22a';
		m.retired['/good/#gone'] = '/other/#part';
		expect(problems(m)).toBe('');
	});

	test('fails on a retirement that points nowhere', () => {
		const m = fresh();
		m.retired['/good/#gone'] = '/good/#also-gone';
		expect(problems(m)).toContain('retired anchor /good/#gone points to /good/#also-gone, which does not resolve');
	});

	test('fails on a published page that is gone, naming it', () => {
		const m = fresh();
		m.pages['/old/'] = { urls: ['/old/', '/en/old/'], code: '22b', anchors: { intro: '22c' } };
		expect(problems(m)).toContain('src/data/link-manifest.json: page /old/ (short link /s/22b/) no longer resolves: no content file serves /old/');
	});

	test('passes a gone page that moved, with its sections found on the new page', () => {
		const m = fresh();
		m.pages['/old/'] = { urls: ['/old/', '/en/old/'], code: '22b', anchors: { first: '22c' } };
		m.moved['/old/'] = '/good/';
		expect(problems(m)).toBe('');
	});

	test('fails on a moved page whose section is not on the new page', () => {
		const m = fresh();
		m.pages['/old/'] = { urls: ['/old/'], code: '22b', anchors: { intro: '22c' } };
		m.moved['/old/'] = '/good/';
		expect(problems(m)).toContain('section id "intro" of /old/ (short link /s/22c/) no longer resolves');
	});

	test('fails on mappings that loop', () => {
		const m = fresh();
		m.pages['/a/'] = { urls: ['/a/'], code: '22b', anchors: {} };
		m.moved['/a/'] = '/b/';
		m.moved['/b/'] = '/a/';
		expect(problems(m)).toContain('the moved/retired mappings loop (/a/ → /b/ → /a/)');
	});

	test('fails on a short-link code used twice, naming both links', () => {
		const m = fresh();
		m.pages['/other/'].anchors['part'] = m.pages['/good/'].anchors['first'];
		expect(problems(m)).toContain(`short-link code "${m.pages['/good/'].anchors['first']}" is used twice: by /good/#first and by /other/#part`);
	});

	test('fails on a code with characters that are easy to misread', () => {
		const m = fresh();
		m.pages['/good/'].code = 'l0o';
		expect(problems(m)).toContain('short-link code "l0o" of /good/ is not 3 characters from');
	});

	test('fails on a section that has no short link yet, naming file, line and id', () => {
		const m = fresh();
		delete m.pages['/good/'].anchors['second'];
		expect(problems(m)).toContain(`${F}/good.mdx:13: section id "second" has no short link yet: run npm run links:update`);
	});
});
