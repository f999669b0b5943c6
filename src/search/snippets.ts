// Builds what a result shows from the page's indexed words, the way DocSearch presents results:
// the title, then each matching section under it, every excerpt starting at a sentence or phrase
// boundary, headings never run into text, and no excerpt repeating another. Pagefind's own
// excerpts are a window around the best match across the whole page, headings included (its
// content glues a heading to the text after it with "."), so we cut our own from the words and
// match positions Pagefind returns. No imports from Node or the DOM.
import { renderExcerpt } from './excerpt.ts';

export interface Anchor { id: string; text: string; location: number }
export interface PagefindFragment {
	/** The indexed text, words separated by spaces (Japanese already cut into words). */
	content: string;
	/** Every heading with an id, at the position of its first word. */
	anchors: Anchor[];
	/** Positions of the words that match the query. */
	locations: number[];
}
export interface Snippet { titleHtml: string; excerptHtml: string }
export interface Snippets { page: Snippet; sections: (Snippet & { id: string })[] }

const SENTENCE_END = /[。．.!?！？]$/u;
const PHRASE_END = /[、，,;；:：）)」』]$/u;
const LEADING_PUNCT = /^[、。，．,.;:：；）)」』]+$/u;
/** How far back from the first match an excerpt may start, and how long it runs, in words. */
const LEAD = 14;
const LENGTH = 30;

/** A canonical figure word (figures.ts), with the "." Pagefind may have put after it at a block's end. */
const FIGURE_TOKEN = /^kbn[0-9a-z]+(\p{P}*)$/u;
const endsInPunctuation = (html: string) => /\p{P}$/u.test(html.replace(/<\/?mark>/g, ''));

/**
 * A highlight marks the word, not the quotes, brackets or full stop around it (“<mark>emotion
 * vector</mark>.”); a word that is nothing but punctuation is not marked.
 */
export function markWord(word: string): string {
	const [, lead, core, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word)!;
	return core ? `${lead}<mark>${core}</mark>${trail}` : word;
}

function markup(words: string[], from: number, to: number, hits: Set<number>): string {
	const kept: string[] = [];
	for (let i = from; i < to; i++) {
		// A figure's canonical word is the index's, never the reader's: it is dropped, and the
		// punctuation Pagefind ended the block with goes to the figure it follows ("2025.").
		const figure = FIGURE_TOKEN.exec(words[i]);
		if (figure) {
			if (figure[1] && kept.length && !endsInPunctuation(kept[kept.length - 1])) kept[kept.length - 1] += figure[1];
			continue;
		}
		kept.push(hits.has(i) ? markWord(words[i]) : words[i]);
	}
	// renderExcerpt escapes the words, keeps <mark> and joins Japanese.
	return renderExcerpt(kept.join(' ')).replace(/<\/mark>(\s?)<mark>/g, '$1');
}

/** An excerpt of words [from, to): from the sentence or phrase the first match is in. */
export function excerptOf(words: string[], from: number, to: number, hits: Set<number>): string {
	const first = [...hits].filter((h) => h >= from && h < to).sort((a, b) => a - b)[0];
	let start = from;
	let cut = false;
	if (first !== undefined && first - from > LEAD) {
		const earliest = first - LEAD;
		let sentence = -1;
		let phrase = -1;
		for (let i = first; i > earliest; i--) {
			if (sentence < 0 && SENTENCE_END.test(words[i - 1])) sentence = i;
			if (phrase < 0 && PHRASE_END.test(words[i - 1])) phrase = i;
		}
		start = sentence >= 0 ? sentence : phrase >= 0 ? phrase : first;
		cut = sentence < 0;
	}
	while (start < to - 1 && LEADING_PUNCT.test(words[start])) start++;
	const end = Math.min(to, Math.max(start + LENGTH, (first ?? start) + 10));
	const text = markup(words, start, end, hits).replace(/^[.．]\s*/, '');
	return (cut ? '…' : '') + text + (end < to ? '…' : '');
}

const form = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Pagefind reports only the first place an exact phrase occurs. Each run of consecutive matched
 * words is looked for all over the page, so that every section with the phrase is found.
 */
export function everyOccurrence(words: string[], locations: number[]): Set<number> {
	const hits = new Set(locations);
	const sorted = [...hits].sort((a, b) => a - b);
	const runs: number[][] = [];
	for (const l of sorted) {
		const last = runs.at(-1);
		if (last && last.at(-1) === l - 1) last.push(l);
		else runs.push([l]);
	}
	// Only words that contain the run's first form are normalized: a page has thousands of words.
	const lower = words.map((w) => w.toLowerCase());
	const forms = new Map<number, string>();
	const formAt = (i: number) => forms.get(i) ?? (forms.set(i, form(lower[i])), forms.get(i)!);
	const seen = new Set<string>();
	for (const run of runs) {
		const wanted = run.map(formAt);
		const key = wanted.join(' ');
		if (seen.has(key) || wanted.some((f) => !f)) continue;
		seen.add(key);
		for (let i = 0; i + wanted.length <= words.length; i++) {
			if (!lower[i].includes(wanted[0])) continue;
			if (wanted.every((f, k) => formAt(i + k) === f)) for (let k = 0; k < wanted.length; k++) hits.add(i + k);
		}
	}
	return hits;
}

/** Pagefind ends a heading that has no closing punctuation with "."; the heading shows without it. */
function headingHtml(words: string[], from: number, to: number, hits: Set<number>): string {
	const heading = words.slice(from, to);
	if (heading.length) heading[heading.length - 1] = heading[heading.length - 1].replace(/\.$/, '');
	const inHeading = new Set([...hits].filter((h) => h >= from && h < to).map((h) => h - from));
	return markup(heading, 0, heading.length, inHeading);
}

/**
 * The page's title and excerpt, and its matching sections (at most `max`). `titleWords` is how
 * many words the indexed title has. The page's excerpt comes from the text before the first
 * heading when the match is there; a page matched only in its sections shows them instead.
 */
export function snippets(fragment: PagefindFragment, titleWords: number, max = 3): Snippets {
	const words = fragment.content.split(/\s+/);
	const hits = everyOccurrence(words, fragment.locations);
	const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
	const introEnd = anchors[0]?.location ?? words.length;
	const inRange = (from: number, to: number) => [...hits].some((l) => l >= from && l < to);
	const matchedSections = anchors
		.map((a, i) => {
			const headingEnd = a.location + a.text.split(/\s+/).filter(Boolean).length;
			const end = anchors[i + 1]?.location ?? words.length;
			return { a, headingEnd, end };
		})
		.filter(({ a, end }) => inRange(a.location, end))
		.slice(0, max)
		.map(({ a, headingEnd, end }) => ({
			id: a.id,
			titleHtml: headingHtml(words, a.location, headingEnd, hits),
			excerptHtml: excerptOf(words, headingEnd, end, hits),
		}));
	const introMatched = inRange(titleWords, introEnd);
	const page = {
		titleHtml: headingHtml(words, 0, titleWords, hits),
		excerptHtml: introMatched || !matchedSections.length ? excerptOf(words, titleWords, introEnd, hits) : '',
	};
	return { page, sections: matchedSections };
}
