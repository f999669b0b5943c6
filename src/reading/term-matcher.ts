// Finds glossary terms in running text: every form and alias, in either language, longest first.
// Plain functions over strings, so the hast step and its tests share them.

/** What the matcher needs of a glossary term. */
export interface MatchTerm { id: string; ja: string; en: string; aliases?: string[] }

/** One term found in a text. */
export interface TermMatch { id: string; start: number; end: number }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[A-Za-z]/;

/**
 * A single-character Japanese form (層) is a word inside too many others (階層, 表層), so it is
 * taken only where the text gives its English at once, as the writing guide asks at first use:
 * 層（layer）.
 */
function pattern(form: string, en: string): string {
	if (LATIN.test(form)) {
		// Whole words only (alignment, not misalignment), plural allowed (large language models).
		return `(?<![A-Za-z0-9-])${escape(form)}(?:e?s)?(?![A-Za-z0-9])`;
	}
	return [...form].length === 1 ? `${escape(form)}(?=（${escape(en)}）)` : escape(form);
}

/** Builds a matcher over the glossary; it returns the terms in `text` in order, without overlaps. */
export function termMatcher(terms: MatchTerm[]) {
	const forms = new Map<string, string>();
	for (const t of terms) for (const f of [t.ja, t.en, ...(t.aliases ?? [])]) forms.set(f, t.id);
	const sorted = [...forms.keys()].sort((a, b) => b.length - a.length);
	const byLower = new Map(sorted.map((f) => [f.toLowerCase(), f]));
	const source = sorted.map((f) => pattern(f, terms.find((t) => t.id === forms.get(f))!.en)).join('|');
	return (text: string): TermMatch[] => {
		const out: TermMatch[] = [];
		for (const m of text.matchAll(new RegExp(source, 'giu'))) {
			const found = m[0];
			const form = byLower.get(found.toLowerCase()) ?? byLower.get(found.toLowerCase().replace(/e?s$/, ''));
			if (!form) continue;
			// Lower-case forms match at a sentence start too; a form with capitals (LLM, EU AI Act) only as written.
			if (form !== form.toLowerCase() && !found.startsWith(form)) continue;
			out.push({ id: forms.get(form)!, start: m.index, end: m.index + found.length });
		}
		return out;
	};
}
