// Turns what a reader typed into Pagefind queries that agree with how the index was cut.
// No imports from Node or the DOM: the planner is tested as a table of inputs and plans.
import { cleanQuery, normalizeText } from './normalize.ts';
import type { Lexicon } from './lexicon.ts';
import { splitText } from './tokens.ts';

/** One requirement of the query: a page must match at least one of its Pagefind queries. */
export interface Clause {
	/** Pagefind query strings; a quoted string is an exact phrase. */
	anyOf: string[];
	/** The words the reader typed for this clause (for messages and tests). */
	words: string[];
	/** Contains Japanese no page contains: matches nothing. */
	absent: boolean;
}

export interface Plan {
	/** Every clause must match (a page needs all of them)... */
	clauses: Clause[];
	/** ...unless the query reads as a question: then pages matching most clauses rank first. */
	question: boolean;
}

export interface QueryPlan {
	/** The query as searched (cleaned, normalized); empty means nothing to search. */
	text: string;
	plans: Plan[];
}

const quote = (words: string[]) => (words.length > 1 ? `"${words.join(' ')}"` : words[0]);

/** Plans a query for a Japanese index: Japanese runs are cut with the lexicon, function words dropped. */
function planJapanese(text: string, lexicon: Lexicon): Plan {
	const clauses: Clause[] = [];
	let question = false;
	const phrases = [...text.matchAll(/"([^"]+)"|「([^」]+)」|([^\s"「」]+)/gu)];
	phrases.forEach((m, index) => {
		const exact = m[1] ?? m[2];
		const isLast = index === phrases.length - 1;
		const tokens = splitText(exact ?? m[3], lexicon, !exact && isLast);
		if (exact) {
			const words = tokens.filter((t) => t.kind !== 'punct').map((t) => t.text);
			if (words.length) clauses.push({ anyOf: [`"${words.join(' ')}"`], words, absent: tokens.some((t) => t.unknown) });
			return;
		}
		let group: typeof tokens = [];
		const flush = () => {
			if (!group.length) return;
			const words = group.map((t) => t.text);
			const absent = group.some((t) => t.unknown);
			const anyOf = words.length === 1 && group[0].kind === 'japanese' ? lexicon.inflectionsOf(words[0]) : [quote(words)];
			clauses.push({ anyOf, words, absent });
			group = [];
		};
		for (const t of tokens) {
			if (t.kind === 'punct' || (t.kind === 'japanese' && !t.unknown && lexicon.isFunctionWord(t.text))) {
				if (t.kind === 'japanese') question = true;
				flush();
			} else if (t.kind === 'latin' && !/[\p{L}\p{N}]/u.test(t.text)) {
				flush();
			} else group.push(t);
		}
		flush();
	});
	return { clauses, question };
}

/** Plans a query for an English index: Pagefind's own word splitting and stemming do the work. */
function planEnglish(text: string): Plan {
	const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	if (!words.length) return { clauses: [], question: false };
	return { clauses: [{ anyOf: [text], words, absent: false }], question: false };
}

const lower = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The glossary pairs every Japanese term with its English one: a query that is a term of the other
 * language (or an alias) also searches for this language's term.
 */
function glossaryEquivalents(text: string, lang: 'ja' | 'en', lexicon: Lexicon): string[] {
	const q = lower(text.replace(/["「」]/g, ''));
	if (!q) return [];
	const out = new Set<string>();
	for (const [ja, en] of lexicon.glossary) {
		const [from, to] = lang === 'ja' ? [en, ja] : [ja, en];
		if (from.includes(q)) out.add(to[0]);
	}
	return [...out];
}

export function planQuery(raw: string, lang: 'ja' | 'en', lexicon: Lexicon): QueryPlan {
	const text = normalizeText(cleanQuery(raw));
	if (!/[\p{L}\p{N}]/u.test(text)) return { text: '', plans: [] };
	const plan = (t: string) => (lang === 'ja' ? planJapanese(t, lexicon) : planEnglish(t));
	const plans = [plan(text), ...glossaryEquivalents(text, lang, lexicon).map(plan)].filter((p) => p.clauses.length);
	return { text, plans };
}
