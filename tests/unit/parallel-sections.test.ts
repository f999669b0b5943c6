import { describe, expect, test } from 'vitest';
import { pairSections, splitSections } from '../../src/reading/parallel.ts';

const heading = (id: string, text: string, level = 2) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}">#</a></div>`;
const cards = (id: string) => `<div class="term-cards" data-pagefind-ignore=""><div id="term-card-${id}" class="term-card" data-term-card="${id}" role="tooltip" hidden data-pagefind-ignore=""><p>card</p></div></div>`;
const ja = `<p>要約<a class="term-link" data-term="layer" aria-describedby="term-card-layer" href="/glossary/#term-layer">層</a>です。</p>\n${heading('overview', '概要')}<p>本文</p>${heading('detail', '詳細', 3)}<p>詳しく</p>${cards('layer')}`;
const en = `<p>Summary of the <a class="term-link" data-term="layer" aria-describedby="term-card-layer" href="/en/glossary/#term-layer">layer</a>.</p>\n${heading('overview', 'Overview')}<p>Body</p>${heading('detail', 'Detail', 3)}<p>More</p>${cards('layer')}`;

describe('side-by-side sections', () => {
	test('pairs the two languages section by section, the summary first', () => {
		const { sections } = pairSections('t', ja, en);
		expect(sections.map((s) => [s.id, s.depth])).toEqual([['summary', 2], ['overview', 2], ['detail', 3]]);
		expect(sections[1].html.ja).toContain('<p>本文</p>');
		expect(sections[1].html.en).toContain('<p>Body</p>');
	});

	test('headings give their id to the section, so no id appears twice on the page', () => {
		const { sections } = pairSections('t', ja, en);
		expect(sections[1].html.ja).toContain('<h2>概要</h2>');
		expect(sections[1].html.en).not.toContain('id="overview"');
	});

	test('term cards leave the sections and take their language into their id', () => {
		const { sections, cards: all } = pairSections('t', ja, en);
		expect(sections.map((s) => s.html.ja + s.html.en).join('')).not.toContain('term-cards');
		expect(sections[0].html.ja).toContain('aria-describedby="ja-term-card-layer"');
		expect(sections[0].html.en).toContain('aria-describedby="en-term-card-layer"');
		expect(all).toContain('id="ja-term-card-layer"');
		expect(all).toContain('id="en-term-card-layer"');
		expect(all).toContain(' hidden ');
	});

	test('refuses languages whose sections differ, naming the topic and both lists', () => {
		expect(() => pairSections('introspection', ja, en.replace(/detail/g, 'details'))).toThrow(/introspection.*\n.*ja: summary overview detail\n.*en: summary overview details/);
	});

	test('a page without summary text has no summary section', () => {
		expect(splitSections(`${heading('a', 'A')}<p>x</p>`, 'en').sections.map((s) => s.id)).toEqual(['a']);
	});
});
