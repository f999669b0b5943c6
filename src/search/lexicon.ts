// The compact lexicon the browser downloads instead of kuromoji's 17 MB dictionary: the index's own
// Japanese vocabulary, which words are function words, inflection groups, and the glossary pairs.
// No imports from Node: the browser parses it too.
import type { Vocabulary } from './segmenter.ts';

export interface LexiconData {
	/** Format version; bump when the shape changes. */
	v: 1;
	/** Every Japanese word the index contains, newline-separated. */
	words: string;
	/** Function words (particles, auxiliaries, light verbs, question words), newline-separated. */
	fn: string;
	/** Inflection groups: each line lists the surface forms of one verb or adjective, base form first. */
	inflections: string;
	/**
	 * Readings of the site's words that contain kanji: each line a katakana reading, a tab, the
	 * word. Empty in the lexicon file: the browser fetches them from READINGS_FILE when needed.
	 */
	readings: string;
	/** Glossary pairs: [Japanese forms, English forms], each list normalized and lower-cased. */
	glossary: [string[], string[]][];
	/** Pagefind ids of the pages that only point to others (home, glossary, sources). */
	ref: string[];
	/**
	 * The page table: Pagefind id → [url, title] of every page of the lexicon's language, so that a
	 * result list can show every page's link before (or without) downloading its fragment.
	 */
	pages: Record<string, [string, string]>;
	/**
	 * English words Pagefind's stemming can confuse with another word of the site that some other
	 * page has (interpretability ~ interpretation), newline-separated: a query with one needs every
	 * result's text to rank exact words first. Empty in the Japanese lexicon.
	 */
	stemmed: string;
	/**
	 * English compounds the site hyphenates (self-preference), newline-separated: a query that
	 * spaces or joins one also searches it hyphenated. Absent in the Japanese lexicon.
	 */
	compounds?: string;
}

/** The readings of the Japanese site's words, gzip text, next to the lexicon. */
export const READINGS_FILE = 'kb-readings.ja.bin';
/**
 * What readers may have meant, gzip, fetched after a literal search that found nothing: Japanese,
 * lines `variant<TAB>source<TAB>site form…` (variants.ts); English, JSON `{ words, variants }`, the
 * site's words most used first and the glossary's known wrong forms in the same line format.
 */
export const VARIANTS_FILE = { ja: 'kb-variants.ja.bin', en: 'kb-variants.en.bin' } as const;

export class Lexicon implements Vocabulary {
	readonly words: Set<string>;
	readonly functionWords: Set<string>;
	readonly maxLength: number;
	private readonly prefixes = new Set<string>();
	private readonly groups = new Map<string, string[]>();
	readonly glossary: [string[], string[]][];
	readonly referencePages: Set<string>;
	/** Pagefind id → the page's url and title (the page table). */
	readonly pages: Map<string, { url: string; title: string }>;
	/** See LexiconData.stemmed. */
	readonly stemmed: Set<string>;
	/** See LexiconData.compounds: the compound by its words joined (selfpreference → self-preference). */
	readonly compounds: Map<string, string>;
	/** Katakana reading → the word the site writes for it. */
	readonly readings = new Map<string, string>();
	private readingMax = 1;

	constructor(data: LexiconData) {
		const split = (s: string) => (s ? s.split('\n') : []);
		this.words = new Set(split(data.words));
		this.functionWords = new Set(split(data.fn));
		for (const w of this.functionWords) this.words.add(w);
		let max = 1;
		for (const w of this.words) {
			const chars = [...w];
			max = Math.max(max, chars.length);
			for (let i = 2; i < chars.length; i++) this.prefixes.add(chars.slice(0, i).join(''));
		}
		this.maxLength = max;
		for (const line of split(data.inflections)) {
			const forms = line.split('\t');
			for (const f of forms) this.groups.set(f, forms);
		}
		this.glossary = data.glossary;
		this.referencePages = new Set(data.ref);
		this.stemmed = new Set(data.stemmed ? data.stemmed.split('\n') : []);
		this.compounds = new Map(split(data.compounds ?? '').map((c) => [c.replace(/-/g, ''), c]));
		this.pages = new Map(Object.entries(data.pages ?? {}).map(([id, [url, title]]) => [id, { url, title }]));
		this.addReadings(data.readings ?? '');
	}

	/** Adds the readings (the site's own file, READINGS_FILE, fetched only when a query needs it). */
	addReadings(lines: string): void {
		for (const line of lines ? lines.split('\n') : []) {
			const [reading, word] = line.split('\t');
			this.readings.set(reading, word);
			this.readingMax = Math.max(this.readingMax, reading.length);
		}
	}

	/** The words whose readings spell out katakana text, as a vocabulary for the segmenter. */
	readingVocabulary(): Vocabulary {
		// A katakana word of the site is its own reading (ベクトル in かんじょうべくとる).
		return { has: (r) => this.readings.has(r) || (this.words.has(r) && !this.functionWords.has(r)), maxLength: Math.max(this.readingMax, this.maxLength) };
	}

	has(word: string): boolean {
		return this.words.has(word);
	}

	hasPrefix(prefix: string): boolean {
		return this.prefixes.has(prefix);
	}

	isFunctionWord(word: string): boolean {
		return this.functionWords.has(word);
	}

	/** Every surface form of the word's verb or adjective that the index holds (the word itself if none). */
	inflectionsOf(word: string): string[] {
		return this.groups.get(word) ?? [word];
	}
}
