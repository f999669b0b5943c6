// The floor for a topic page, measured on the MDX prose (tables, headings and link URLs
// not counted), and the glossary's size.
import { describe, expect, test } from 'vitest';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { topicSlugs } from '../../src/config/topics.ts';
import { loadGlossary } from '../../src/data/load.ts';

const prose = (src: string) =>
	src
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^(#{1,6} .*|\|.*|import .*|<.*)$/gm, '')
		.replace(/\]\([^)]*\)/g, ']');
const pages = readPages(process.cwd()).filter((p) => (topicSlugs as readonly string[]).includes(p.slug));

describe.each(pages.map((p) => [p.url, p] as const))('%s', (_, page) => {
	test(page.lang === 'ja' ? 'has at least 2,500 characters of prose' : 'has at least 600 words of prose', () => {
		const text = prose(page.source);
		if (page.lang === 'ja') expect([...text.replace(/\s/g, '')].length).toBeGreaterThanOrEqual(2500);
		else expect(text.split(/\s+/).filter((w) => /\w/.test(w)).length).toBeGreaterThanOrEqual(600);
	});
	test('opens with a summary and ends with related topics and sources', () => {
		const ids = page.headings.filter((h) => h.depth === 2).map((h) => h.id);
		expect(ids.slice(-2)).toEqual(['related-topics', 'sources']);
		const firstHeading = page.headings[0].line;
		expect(page.source.split('\n').slice(page.bodyLine - 1, firstHeading - 1).join('').trim().length).toBeGreaterThan(100);
	});
});

test('every topic exists in both languages', () => {
	expect(pages.length).toBe(topicSlugs.length * 2);
});

test('the glossary pairs at least 40 terms', () => {
	expect(loadGlossary(process.cwd()).length).toBeGreaterThanOrEqual(40);
});
