// A figure is one exact word in the index and in a query, whatever way it is written.
import { describe, expect, test } from 'vitest';
import { figuresIn, isFigure, withFigureWords } from '../../src/search/figures.ts';
import { normalizeText } from '../../src/search/normalize.ts';
import { renderExcerpt } from '../../src/search/excerpt.ts';
import { relevantUrls, type OraclePage } from '../search/oracle.ts';

const figures = (s: string) => normalizeText(s).split(/\s+/).flatMap(figuresIn);

describe.each([
	['percentage', '20%', ['kbn20p']],
	['full-width percentage', '２０％', ['kbn20p']],
	['decimal', '4.1', ['kbn4d1']],
	['thousands separator', '41,000', ['kbn41000']],
	['no separator', '41000', ['kbn41000']],
	['full-width thousands', '４１，０００', ['kbn41000']],
	['decimal with thousands', '1,234.5', ['kbn1234d5']],
	['arXiv identifier', 'arXiv:2509.26464', ['kbn2509d26464']],
	['model name with version', 'Claude Opus 4.1', ['kbn4d1']],
	['model name joined by a hyphen', 'GPT-5.2', ['kbn5d2']],
	['year', '2025', ['kbn2025']],
	['figure ending a sentence', 'was 4.5.', ['kbn4d5']],
	['figure before a comma', 'in 2017, it', ['kbn2017']],
	['list of numbers is not one number', '4, 5', ['kbn4', 'kbn5']],
	['no figure', 'concept injection', []],
])('%s: %j', (_, text, expected) => {
	test(`is ${JSON.stringify(expected)}`, () => expect(figures(text)).toEqual(expected));
});

describe.each([
	['41,000', '41000'],
	['４１，０００', '41,000'],
	['２０％', '20%'],
	['Ｓｏｎｎｅｔ　４．５', 'Sonnet 4.5'],
])('%j and %j', (a, b) => {
	test('have the same canonical words', () => expect(figures(a)).toEqual(figures(b)));
});

describe.each([
	['4.1', '41'],
	['20%', '20'],
	['2509.26464', '250926464'],
	['4.1', '4.15'],
	['2025', '2025.1234'],
])('%j and %j', (a, b) => {
	test('are different figures', () => expect(figures(a)).not.toEqual(figures(b)));
});

test('indexed text keeps the figure and adds its canonical word after it', () => {
	expect(withFigureWords('Claude Opus 4.1 scored 41,000.')).toBe('Claude Opus 4.1 kbn4d1 scored 41,000. kbn41000');
});

test('an excerpt never shows a canonical word, highlighted or not', () => {
	expect(renderExcerpt('Opus <mark>4.1</mark> <mark>kbn4d1</mark> and 20% kbn20p rose')).toBe('Opus <mark>4.1</mark> and 20% rose');
});

const pages: OraclePage[] = [
	{ url: '/a', lang: 'en', text: 'claude opus 4.1 and 41000 users, 20% of them' },
	{ url: '/b', lang: 'en', text: 'claude opus 4 and 4.15 and 41 and 120% and base models' },
];
describe.each([
	['4.1', ['/a']],
	['41,000', ['/a']],
	['20%', ['/a']],
	['Claude Opus 4', ['/b']],
	['base model', ['/b']],
	['opus', ['/a', '/b']],
])('the eval oracle for %j', (q, expected) => {
	test(`is ${expected.join(' ')}`, () => expect([...relevantUrls([q], 'en', pages)]).toEqual(expected));
});

describe.each([
	['4.1', true],
	['41,000', true],
	['20%', true],
	['arXiv:2509.26464', false],
	['GPT-5.2', false],
	['Opus', false],
])('isFigure(%j)', (word, expected) => {
	test(`is ${expected}`, () => expect(isFigure(word)).toBe(expected));
});
