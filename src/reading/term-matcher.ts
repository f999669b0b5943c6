// Finds glossary terms in running text: every form and alias, in either language, longest first.
// Plain functions over strings, so the hast step and its tests share them.
import { formTrie, lowerUnits } from '../lib/form-trie.ts';

/** What the matcher needs of a glossary term. */
export interface MatchTerm { id: string; ja: string; en: string; aliases?: string[] }

/** One term found in a text. */
export interface TermMatch { id: string; start: number; end: number }

const LATIN = /[A-Za-z]/;
const WORD = /[A-Za-z0-9]/;
const WORD_OR_HYPHEN = /[A-Za-z0-9-]/;

// What each form asks of the text around it:
// - a Latin form is a whole word (alignment, not misalignment), plural allowed (large language models);
// - a single-character Japanese form (層) is a word inside too many others (階層, 表層), so it is
//   taken only where the text gives its English at once, as the writing guide asks at first use:
//   層（layer）;
// - any other form is taken wherever it stands.
// Case is ignored, except that a form with capitals (LLM, EU AI Act) must be found as written.

/**
 * Builds a matcher over the glossary; it returns the terms in `text` in order, without overlaps.
 * It behaves as one case-insensitive regular expression alternating every form, longest first,
 * but walks a trie of the forms from each position, so its cost does not grow with the number of
 * terms (an alternation of 25,000 forms took a minute and a half per page at 700 topics).
 */
export function termMatcher(terms: MatchTerm[]) {
	const forms = new Map<string, string>();
	for (const t of terms) for (const f of [t.ja, t.en, ...(t.aliases ?? [])]) forms.set(f, t.id);
	const english = new Map(terms.map((t) => [t.id, t.en]));
	const sorted = [...forms.keys()].sort((a, b) => b.length - a.length);
	const byLower = new Map(sorted.map((f) => [f.toLowerCase(), f]));
	// What each form's pattern asks around it: a whole Latin word (plural allowed), or a
	// one-character Japanese form followed by its English in brackets.
	const latin = sorted.map((f) => LATIN.test(f));
	const lower = sorted.map(lowerUnits);
	const gloss = sorted.map((f, i) => (!latin[i] && [...f].length === 1 ? lowerUnits(`（${english.get(forms.get(f)!)}）`) : ''));
	const trie = formTrie(lower);

	/** Where the form of `rank` ends if its pattern matches at `start`, else -1. */
	const endOf = (text: string, low: string, start: number, rank: number): number => {
		const end = start + lower[rank].length;
		if (latin[rank]) {
			if (start > 0 && WORD_OR_HYPHEN.test(text[start - 1])) return -1;
			// Greedy `(?:e?s)?(?![A-Za-z0-9])`: "es", then "s", then nothing.
			for (const suffix of ['es', 's', '']) {
				if (low.startsWith(suffix, end) && !WORD.test(text[end + suffix.length] ?? '')) return end + suffix.length;
			}
			return -1;
		}
		if (gloss[rank] && !low.startsWith(gloss[rank], end)) return -1;
		return end;
	};

	return (text: string): TermMatch[] => {
		const out: TermMatch[] = [];
		const low = lowerUnits(text);
		for (let i = 0; i < text.length; ) {
			let end = -1;
			// Every form spelled out from i, in the alternation's order: longest first, ties as listed.
			for (const rank of trie.at(low, i).sort((a, b) => a - b)) if ((end = endOf(text, low, i, rank)) >= 0) break;
			if (end < 0) {
				i += text.codePointAt(i)! > 0xffff ? 2 : 1;
				continue;
			}
			const found = text.slice(i, end);
			const form = byLower.get(found.toLowerCase()) ?? byLower.get(found.toLowerCase().replace(/e?s$/, ''));
			// Lower-case forms match at a sentence start too; a form with capitals (LLM, EU AI Act) only as written.
			if (form && (form === form.toLowerCase() || found.startsWith(form))) out.push({ id: forms.get(form)!, start: i, end });
			// An empty match cannot happen: every form has at least one character.
			i = end;
		}
		return out;
	};
}
