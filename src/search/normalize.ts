// One normalization for the index and the query, so that both sides see the same characters.
// Shared by the build (Node) and the browser: no imports.

/**
 * Full-width Latin letters and digits become ASCII (with the separators and % of a full-width
 * figure), half-width katakana becomes full-width.
 * Japanese punctuation is left alone (it is shown in excerpts), and case is left to Pagefind,
 * which lower-cases every word on both sides.
 */
export function normalizeText(text: string): string {
	return (
		text
			.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+|[\uFF65-\uFF9F]+/g, (m) => m.normalize('NFKC'))
			// Inside a figure, full-width separators and the percent sign are the ASCII ones: ４１，０００ = 41,000.
			.replace(/(?<=\d)[，．](?=\d)|(?<=\d)％/g, (m) => m.normalize('NFKC'))
	);
}

/** Removes lone surrogates and control characters, and caps the length of a typed query. */
export function cleanQuery(raw: string, maxLength = 200): string {
	const wellFormed = raw.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
	const noControls = wellFormed.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
	return [...noControls].slice(0, maxLength).join('').trim();
}

/** Characters that form Japanese words: kana, kanji and the marks that live inside words. */
export const JAPANESE_WORD = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヶ]/u;
export const JAPANESE_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヶ]+/gu;
/** Japanese punctuation and brackets: shown in excerpts, never indexed as words. */
export const JAPANESE_PUNCT = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65・]/u;

export function isJapanese(ch: string): boolean {
	return JAPANESE_WORD.test(ch) || JAPANESE_PUNCT.test(ch);
}
