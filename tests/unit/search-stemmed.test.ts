import { describe, expect, test } from 'vitest';
import { stemmedWords } from '../../src/search/index-builder.ts';

// Each case: the English pages of a site, and whether a word's ranking needs the pages' text.
describe.each([
	['a relative on a page without the word', ['interpretability matters', 'interpretation differs'], 'interpretability', true],
	['relatives only on pages that have the word too', ['concept injection; injected concepts', 'concept injection'], 'injection', false],
	['a plural is the same word', ['one model', 'two models'], 'model', false],
	['words that share fewer than four letters', ['emotion vector', 'empathy'], 'emotion', false],
])('%s', (_, pages, word, expected) => {
	test(`marks "${word}" as ${expected ? 'stemmed' : 'exact'}`, () => {
		expect(stemmedWords(pages).includes(word)).toBe(expected);
	});
});
