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
	/** How much this plan's scores count: a glossary translation of the query counts double. */
	weight: number;
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
	// Latin words typed one after another inside a Japanese query are one name or phrase
	// ("Claude Opus 4"): keep them together as a phrase, as they stand in Japanese text.
	const phrases = [...text.replace(/(?<=^|\s)([\p{Script=Latin}\p{N}][^\s"「」\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*(?:\s+[\p{Script=Latin}\p{N}][^\s"「」\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*)+)(?=\s|$)/gu, '"$1"').matchAll(/"([^"]+)"|「([^」]+)」|([^\s"「」]+)/gu)];
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
	return { weight: 1, clauses, question };
}

/** Words that make an English query a question rather than a term. */
const ENGLISH_STOPWORDS = new Set(
	'a an the is are was were be been do does did can could would should will shall may might must of to in on at by for with from about as into and or not no what why how when where which who whom whose that this these those it its their they them there here than then so if i you we he she my your our me us like s'.split(' '),
);

/**
 * Plans a query for an English index. Pagefind's own word splitting and stemming do the work;
 * several words are a phrase, and a question keeps only its content words.
 */
function planEnglish(text: string): Plan {
	const exact = /^\s*"[^"]+"\s*$/.test(text);
	const words = text.replace(/"/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
	if (!words.length) return { weight: 1, clauses: [], question: false };
	const content = words.filter((w) => !ENGLISH_STOPWORDS.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
	if (!exact && words.length >= 3 && content.length < words.length && content.length) {
		return { weight: 1, question: true, clauses: content.map((w) => ({ anyOf: [w], words: [w], absent: false })) };
	}
	return { weight: 1, question: false, clauses: [{ anyOf: [words.length > 1 ? `"${words.join(' ')}"` : words[0]], words, absent: false }] };
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
	const translated = glossaryEquivalents(text, lang, lexicon).map((t) => ({ ...plan(t), weight: 2 }));
	const plans = [plan(text), ...translated].filter((p) => p.clauses.length);
	return { text, plans };
}
