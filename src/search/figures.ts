// Figures and identifiers (4.1, 41,000, 20%, 2509.26464, 2025) as one canonical word each.
// Pagefind drops the punctuation inside a word, so on its own it files "4.1" under "41" and
// "41,000" under "41000" and "41" and "000": a query for 4.1 also finds 41, and a percentage finds
// every page with the bare number. Index and query therefore both carry, after each figure, a
// word that names the figure exactly (`kbn4d1`); a figure query asks for the figure followed by
// that word, so only pages that show the whole figure match. The word is never shown: excerpts
// drop it (excerpt.ts). Shared by the build and the browser: no imports.

/** A number as written: digits, optional thousands separators, optional decimals, optional %. */
const FIGURE = /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?![\p{N}])|(?<![\p{N}.,])\d+(?:\.\d+)*%?(?![\p{N}])/gu;

/** Prefix of the canonical words: letters no English or Japanese word starts with. */
export const FIGURE_PREFIX = 'kbn';
/** A canonical figure word in indexed text or an excerpt (with a highlight around it, if any). */
export const FIGURE_WORD = /\s?(?:<mark>)?kbn[0-9a-z]+(?:<\/mark>)?(?=[\s.,;:!?)\]。、」]|$|<)/g;

/** `41,000` → `kbn41000`, `4.1` → `kbn4d1`, `20%` → `kbn20p`, `2509.26464` → `kbn2509d26464`. */
export function canonicalFigure(figure: string): string {
	return FIGURE_PREFIX + figure.replace(/,/g, '').replace(/\./g, 'd').replace(/%$/, 'p');
}

/** True when the word is one figure and nothing else ("4.1", "41,000", "20%"). */
export function isFigure(word: string): boolean {
	const found = [...word.matchAll(FIGURE)];
	return found.length === 1 && found[0][0] === word;
}

/** The canonical words of the figures in one word of text ("arXiv:2509.26464" has one). */
export function figuresIn(word: string): string[] {
	// A trailing full stop or comma ends the sentence, not the number.
	return [...word.matchAll(FIGURE)].map((m) => canonicalFigure(m[0].replace(/[.,]+$/, '')));
}

/** Text with each word that contains figures followed by their canonical words. */
export function withFigureWords(text: string): string {
	return text.replace(/\S+/g, (word) => {
		const figures = figuresIn(word);
		return figures.length ? `${word} ${figures.join(' ')}` : word;
	});
}
