// Turns what a reader typed into Pagefind queries that agree with how the index was cut.
// No imports from Node or the DOM: the planner is tested as a table of inputs and plans.
import { cleanQuery, normalizeText } from './normalize.ts';
import type { Lexicon } from './lexicon.ts';
import { splitText } from './tokens.ts';
import { segmentRun } from './segmenter.ts';
import { figuresIn, isFigure } from './figures.ts';

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
	/**
	 * Japanese with kana in it, which may be a reading typed before conversion (がいねんちゅうにゅう,
	 * 概念ちゅうにゅう): searched as the words it reads as (planReading) when the literal plans find
	 * nothing, or first when the literal plans are `scraps`.
	 */
	kana: boolean;
	scraps: boolean;
}

/**
 * A figure searched on its own is its canonical word alone: the page may write it inside a longer
 * word (arXiv:2509.26464) that a phrase with the bare figure would miss.
 */
const alone = (words: string[]) => (words.length === 2 && isFigure(words[0]) ? [words[1]] : words);
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
			const anyOf = words.length === 1 && group[0].kind === 'japanese' ? lexicon.inflectionsOf(words[0]) : [quote(alone(words))];
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
function planEnglish(text: string, lexicon: Lexicon): Plan {
	const exact = /^\s*"[^"]+"\s*$/.test(text);
	// Each word with the canonical words of its figures (figures.ts), as the index has them.
	const units = text
		.replace(/"/g, ' ')
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w))
		.map((w) => [w, ...figuresIn(w)]);
	if (!units.length) return { weight: 1, clauses: [], question: false };
	const content = units.filter(([w]) => !ENGLISH_STOPWORDS.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
	if (!exact && units.length >= 3 && content.length < units.length && content.length) {
		return { weight: 1, question: true, clauses: content.map((words) => ({ anyOf: [quote(alone(words))], words, absent: false })) };
	}
	const words = units.length === 1 ? alone(units[0]) : units.flat();
	// Words spaced or joined where the site hyphenates them (self preference, selfpreference) are
	// searched hyphenated as well.
	const compound = exact ? undefined : lexicon.compounds.get(units.map(([w]) => w).join('').toLowerCase());
	const hyphenated = compound && compound !== words.join(' ').toLowerCase() ? [compound] : [];
	return { weight: 1, question: false, clauses: [{ anyOf: [quote(words), ...hyphenated], words, absent: false }] };
}

/** A glossary form as the lexicon keys it: normalized, lower-cased, spaces folded (the build writes them so too). */
export const glossaryForm = (s: string) => normalizeText(s).toLowerCase().replace(/\s+/g, ' ').trim();

/** The form a query is looked up by in the glossary (LexiconData.glossary): the whole query, without quotes. */
export const glossaryKey = (raw: string) => glossaryForm(normalizeText(cleanQuery(raw)).replace(/["「」]/g, ''));

export function planQuery(raw: string, lang: 'ja' | 'en', lexicon: Lexicon): QueryPlan {
	const text = normalizeText(cleanQuery(raw));
	if (!/[\p{L}\p{N}]/u.test(text)) return { text: '', plans: [], kana: false, scraps: false };
	const plan = (t: string) => (lang === 'ja' ? planJapanese(t, lexicon) : planEnglish(t, lexicon));
	// A query that is a term of the other language (or an alias) also searches for this language's
	// term; sharded glossaries need the query's shard loaded first (client.ts).
	const translated = lexicon.translations(glossaryKey(raw)).map((t) => ({ ...plan(t), weight: 2 }));
	const plans = [plan(text), ...translated].filter((p) => p.clauses.length);
	// A reading is a term typed before conversion, not a sentence: long input is not read again.
	const kana = lang === 'ja' && [...text].length <= READING_MAX_LENGTH && /[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/u.test(text);
	// Kana alone that the vocabulary cuts into particles and scraps (ないせい → ない + せい) is
	// not what the reader meant: its reading is tried first.
	const literal = plans[0];
	const scraps = kana && !/[\p{Script=Han}\p{Script=Latin}\p{N}]/u.test(text) && (!literal || literal.clauses.length !== 1 || literal.clauses[0].absent);
	return { text, plans, kana, scraps };
}

/**
 * The plans for a kana query read as the site's words (needs the lexicon's readings loaded), or
 * undefined when no kana in it reads as a word of the site.
 */
export function planReading(text: string, lexicon: Lexicon): { text: string; plans: Plan[] } | undefined {
	const readText = readAs(text, lexicon);
	return readText ? { text: readText, plans: planQuery(readText, 'ja', lexicon).plans } : undefined;
}

/** Longest query (in characters) that may be a reading. */
export const READING_MAX_LENGTH = 24;

const KANA_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/gu;
const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/**
 * The query with its kana written as the words they read as (がいねんちゅうにゅう → 概念注入,
 * 概念ちゅうにゅう → 概念注入), using the readings kuromoji gave the site's words at build time;
 * null when no kana reads as a word of the site. Kana that reads as nothing stays as typed.
 */
export function readAs(text: string, lexicon: Lexicon): string | null {
	const vocabulary = lexicon.readingVocabulary();
	let changed = false;
	const out = text.replace(KANA_RUN, (run) => {
		const chars = [...run];
		let at = 0;
		return segmentRun(toKatakana(run), vocabulary)
			.map((piece) => {
				const typed = chars.slice(at, (at += [...piece.text].length)).join('');
				if (piece.unknown) return typed;
				const word = lexicon.readings.get(piece.text) ?? piece.text;
				if (word !== typed) changed = true;
				return word;
			})
			.join('');
	});
	return changed && out !== text ? out : null;
}
