// Citations of a section: APA and BibTeX made at build time (citation-js), with the access date left
// for the reader's browser to fill in (cite-client.ts), and the section lines under headings.
import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { citation, ACCESSED_ISO, ACCESSED_LONG } from '../../src/history/citations.ts';
import { accessDates, citationsFor } from '../../src/history/cite-client.ts';
import { addSectionLines, sectionLine } from '../../src/history/section-lines.ts';
import { packCitations } from '../../src/history/topic-view.ts';

const en = citation({ key: 'kb-introspection-overview-en', title: 'Introspection: Overview', site: 'LLM Psychology & Safety Knowledge Base', date: '2026-11-30', url: 'https://kb.example.org/en/s/5eg/', language: 'en' });
const ja = citation({ key: 'kb-introspection-overview-ja', title: '内省と概念注入：研究の概要', site: 'LLMの心理と安全性 知識ベース', date: '2026-11-23', url: 'https://kb.example.org/s/5eg/', language: 'ja' });

describe('citation formats', () => {
	test('APA gives the site as author, the last-changed date, the title, and a retrieval date before the short link', () => {
		expect(en.apa).toBe(`LLM Psychology & Safety Knowledge Base. (2026, November 30). Introspection: Overview. Retrieved ${ACCESSED_LONG}, from https://kb.example.org/en/s/5eg/`);
	});

	test('a section without a known date is cited as n.d., not with a made-up date', () => {
		const undated = citation({ key: 'k', title: 'T', site: 'S', url: 'https://kb.example.org/s/abc/', language: 'en' });
		expect(undated.apa).toContain('(n.d.)');
		expect(undated.bibtex).not.toMatch(/year/);
	});

	test('BibTeX parses back with the title, site, year, short link and access date placeholder', () => {
		const [item] = new Cite(en.bibtex).data as Record<string, unknown>[];
		expect(item).toMatchObject({ title: 'Introspection: Overview', URL: 'https://kb.example.org/en/s/5eg/', issued: { 'date-parts': [[2026, 11]] } });
		expect(en.bibtex).toContain(`accessed ${ACCESSED_ISO}`);
		expect(en.bibtex).toContain('author = {{LLM Psychology \\& Safety Knowledge Base}}');
	});

	test('Japanese titles stay in Japanese in BibTeX', () => {
		expect(ja.bibtex).toContain('title = {内省と概念注入：研究の概要}');
		expect(ja.bibtex).toContain('author = {{LLMの心理と安全性 知識ベース}}');
	});
});

describe('cite-client', () => {
	const page = { apa: `Page. Retrieved ${ACCESSED_LONG}, from x`, bibtex: `@misc{p, note = {accessed ${ACCESSED_ISO}}}` };
	const doc = { getElementById: (id: string) => (id === 'kb-citations' ? { textContent: JSON.stringify({ sections: { overview: en }, page }) } : null) } as unknown as Document;
	const now = new Date(2026, 11, 3, 9, 30);

	test.each([
		['en', 'December 3, 2026'],
		['ja', '2026年12月3日'],
	] as const)('fills in the access date in %s', (lang, long) => {
		expect(accessDates(now, lang)).toEqual({ iso: '2026-12-03', long });
		const c = citationsFor('overview', now, lang, doc)!;
		expect(c.apa).toContain(`Retrieved ${long}, from https://kb.example.org/en/s/5eg/`);
		expect(c.bibtex).toContain('accessed 2026-12-03');
		expect(c.apa + c.bibtex).not.toContain('{accessed:');
	});

	test('citations packed as a template per date and per-section fields read back as citation-js wrote them, a title it escapes kept whole', () => {
		const base = { site: 'LLM Psychology & Safety Knowledge Base', language: 'en' };
		const inputs = new Map([
			['overview', { ...base, key: 'kb-x-overview-en', title: 'X: Overview', date: '2026-11-30', url: 'https://kb.example.org/en/s/5eg/' }],
			['risks', { ...base, key: 'kb-x-risks-en', title: 'X: Risks', date: '2026-11-30', url: 'https://kb.example.org/en/s/k7x/' }],
			['r-and-d', { ...base, key: 'kb-x-r-and-d-en', title: 'X: R&D {u}', url: 'https://kb.example.org/en/s/abc/' }],
		]);
		const { templates, entries } = packCitations(inputs);
		expect(templates).toHaveLength(2);
		expect(Array.isArray(entries.get('risks'))).toBe(true);
		const packed = { getElementById: () => ({ textContent: JSON.stringify({ templates, sections: Object.fromEntries(entries), page: entries.get('overview') }) }) } as unknown as Document;
		for (const [id, input] of inputs) {
			const fill = (s: string) => s.replaceAll(ACCESSED_LONG, 'December 3, 2026').replaceAll(ACCESSED_ISO, '2026-12-03');
			const want = citation(input);
			expect(citationsFor(id, now, 'en', packed), id).toEqual({ apa: fill(want.apa), bibtex: fill(want.bibtex) });
		}
	});

	test('a null id gives the page citation, an unknown id or a page without citations null', () => {
		expect(citationsFor(null, now, 'en', doc)!.apa).toBe('Page. Retrieved December 3, 2026, from x');
		expect(citationsFor('nope', now, 'en', doc)).toBeNull();
		expect(citationsFor(null, now, 'en', { getElementById: () => null } as unknown as Document)).toBeNull();
	});
});

describe('section lines', () => {
	const html = '<p>lead</p><div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2><a class="sl-anchor-link" href="#a"><span>x</span></a></div><p>a</p><div class="sl-heading-wrapper level-h3"><h3 id="b">B</h3><a class="sl-anchor-link" href="#b"></a></div><p>b</p>';

	test('a line goes after the heading wrapper, which stays as Starlight drew it', () => {
		const out = addSectionLines(html, (id) => (id === 'b' ? '<p class="line">L</p>' : undefined));
		expect(out).toBe(html.replace('</a></div><p>b</p>', '</a></div><p class="line">L</p><p>b</p>'));
	});

	test('the line says the date, and on a lagging section a notice links the side-by-side view', () => {
		const line = sectionLine({ label: 'Changed: ', date: '2026-11-30', longDate: 'November 30, 2026', notice: { text: 'The Japanese version was updated.', link: 'Compare', href: '/parallel/x/#a' } });
		expect(line).toBe('<p class="kb-section-date" data-pagefind-ignore>Changed: <time datetime="2026-11-30">November 30, 2026</time></p><p class="kb-lag-notice" data-pagefind-ignore data-lag-notice>The Japanese version was updated. <a href="/parallel/x/#a">Compare</a></p>');
	});

	test('without a date there is no line at all', () => {
		expect(sectionLine({ label: 'Changed: ' })).toBe('');
	});
});
