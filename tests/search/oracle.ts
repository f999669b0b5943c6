// The eval's oracle: which built pages are right answers for a query. Written down so that it can
// be argued with: English matches whole words as a phrase (plurals count), Japanese matches a
// substring, and a figure matches only as the whole figure (4.1 is not in 4.15, 24.1 or 41).
export interface OraclePage { url: string; lang: 'ja' | 'en'; text: string }

/** Text as the oracle compares it: NFKC (full-width is ASCII), lower case, no thousands separators. */
export const oracleText = (s: string) => s.normalize('NFKC').toLowerCase().replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Latin letters and digits make words; a Japanese character next to a figure is a boundary. */
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{N}])(?<!\p{N}[.,])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{N}])(?![.,]\p{N})`;

/** One English word with its plural or singular: "model" finds "models", "vectors" finds "vector". */
function wordForms(word: string): string {
	if (!/^[\p{Script=Latin}-]{3,}$/u.test(word)) return escape(word);
	const stem = word.replace(/(?<=[sxz]|[cs]h)es$|s$/u, '');
	return `${escape(stem)}(?:s|es)?`;
}

/** A whole-word phrase for English, a figure bounded by non-digits in both languages. */
export function needlePattern(needle: string, lang: 'ja' | 'en'): RegExp {
	const n = oracleText(needle).trim();
	const figure = /\p{N}/u.test(n);
	if (lang === 'en') return new RegExp(BEFORE + n.split(/\s+/).map(wordForms).join(String.raw`\s+`) + AFTER, 'u');
	return figure ? new RegExp(BEFORE + escape(n) + AFTER, 'u') : new RegExp(escape(n), 'u');
}

export function relevantUrls(needles: string[], lang: 'ja' | 'en', pages: OraclePage[]): Set<string> {
	const patterns = needles.map((n) => needlePattern(n, lang));
	return new Set(pages.filter((p) => p.lang === lang && patterns.some((re) => re.test(p.text))).map((p) => p.url));
}
