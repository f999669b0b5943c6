// English pages with the very words typed rank before pages found by stemming alone.
import { describe, expect, test } from 'vitest';
import { wholeWordShare } from '../../src/search/exact-words.ts';

describe.each([
	['Interpretability research', ['interpretability'], 1],
	['an interpretation of it', ['interpretability'], 0],
	['two base models', ['base', 'model'], 1],
	['one emotion vector', ['emotion', 'vectors'], 1],
	['self-reports of states', ['self-report'], 1],
	['it was preferred', ['preferred'], 1],
	['a preference for', ['preferred'], 0],
	['concept injection', ['concept', 'steering'], 0.5],
])('wholeWordShare(%j, %j)', (text, words, share) => {
	test(`is ${share}`, () => expect(wholeWordShare(text, words)).toBe(share));
});
