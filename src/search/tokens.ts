// Splits text into the words the index stores, the same way for a page and for a query.
// Japanese runs go through the shared segmenter; Latin words, numbers and symbols keep their
// original whitespace boundaries (a figure is followed by its canonical word, figures.ts);
// Japanese punctuation becomes its own (unindexed) token.
import { JAPANESE_PUNCT, JAPANESE_WORD, normalizeText } from './normalize.ts';
import { segmentRun, type Vocabulary } from './segmenter.ts';
import { figuresIn } from './figures.ts';

export type TokenKind = 'japanese' | 'latin' | 'punct';
export interface Token { text: string; kind: TokenKind; unknown?: boolean }

export function splitText(text: string, vocab: Vocabulary, allowPrefixAtEnd = false): Token[] {
	const tokens: Token[] = [];
	const chars = [...normalizeText(text)];
	let i = 0;
	while (i < chars.length) {
		const ch = chars[i];
		if (/\s/u.test(ch)) {
			i++;
			continue;
		}
		let j = i + 1;
		if (JAPANESE_WORD.test(ch)) {
			while (j < chars.length && JAPANESE_WORD.test(chars[j])) j++;
			const atEnd = j === chars.length;
			for (const s of segmentRun(chars.slice(i, j).join(''), vocab, allowPrefixAtEnd && atEnd)) {
				tokens.push({ text: s.text, kind: 'japanese', unknown: s.unknown });
			}
		} else if (JAPANESE_PUNCT.test(ch)) {
			tokens.push({ text: ch, kind: 'punct' });
		} else {
			while (j < chars.length && !/\s/u.test(chars[j]) && !JAPANESE_WORD.test(chars[j]) && !JAPANESE_PUNCT.test(chars[j])) j++;
			const word = chars.slice(i, j).join('');
			tokens.push({ text: word, kind: 'latin' });
			// Each figure's canonical word follows it, in the index and in a query alike (figures.ts).
			for (const figure of figuresIn(word)) tokens.push({ text: figure, kind: 'latin' });
		}
		i = j;
	}
	return tokens;
}

/** The text Pagefind indexes for a Japanese page: tokens separated by spaces. */
export function tokensForIndex(text: string, vocab: Vocabulary): string {
	return splitText(text, vocab).map((t) => t.text).join(' ');
}
