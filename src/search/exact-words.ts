// Pagefind's English stemming finds "interpretation" for "interpretability" and "preference" for
// "preferred": good to have, but a page with the word the reader typed is the better answer. This
// tells how many of the query's words a page has as whole words (a plural or singular counts),
// so those pages rank first; stemmed matches stay, after them. No imports.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wholeWord(word: string): RegExp {
	const w = word.toLowerCase().replace(/[’‘]/g, "'");
	const stem = /^[a-z-]{3,}$/.test(w) ? w.replace(/(?<=[sxz]|[cs]h)es$|s$/, '') : w;
	const forms = stem === w && !/^[a-z-]{3,}$/.test(w) ? escape(w) : `${escape(stem)}(?:s|es)?`;
	// Curly and straight apostrophes are one letter here: "Anthropic's" is on a page that writes "Anthropic’s".
	return new RegExp(`(?<![\\p{L}\\p{N}])${forms.replace(/'/g, "['’‘]")}(?![\\p{L}\\p{N}])`, 'u');
}

/** The share (0 to 1) of `words` that the text contains as whole words. */
export function wholeWordShare(text: string, words: string[]): number {
	if (!words.length) return 1;
	const lower = text.toLowerCase();
	return words.filter((w) => wholeWord(w).test(lower)).length / words.length;
}
