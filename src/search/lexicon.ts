// The compact lexicon the browser downloads instead of kuromoji's 17 MB dictionary: the index's own
// Japanese vocabulary, which words are function words, inflection groups, and the glossary (inline
// while it is small, in shards fetched by a query's form once it grows with the site).
// No imports from Node: the browser parses it too.
import type { Vocabulary } from './segmenter.ts';

export interface LexiconData {
	/** Format version; bump when the shape changes. */
	v: 2;
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
	/**
	 * The glossary for queries typed in the other language: lines `form<TAB>term`, a normalized,
	 * lower-cased form of the other language (its term or an alias) and this language's term. Holds
	 * every line while there are at most GLOSSARY_INLINE_MAX; past that only the few lines whose
	 * form `translatable` would not send to a shard.
	 */
	glossary: string;
	/** How many glossary shards (glossaryFile) hold the other lines; absent or 0 when none. */
	glossaryShards?: number;
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

/** Glossary lines a lexicon holds itself; past this, they go to shards of about GLOSSARY_SHARD_LINES. */
export const GLOSSARY_INLINE_MAX = 256;
export const GLOSSARY_SHARD_LINES = 256;
/** A glossary shard of a language's lexicon: lines as in LexiconData.glossary, gzip. */
export const glossaryFile = (lang: 'ja' | 'en', shard: number) => `kb-glossary.${lang}.${shard}.bin`;

/** Kana or kanji: what tells a Japanese glossary form from an English one. */
export const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/**
 * Whether a query form can be a glossary form of the other language: Japanese on the English site,
 * anything else on the Japanese one. A query in the site's own language thus never waits for a
 * shard; the build keeps a form this test would miss in the lexicon itself.
 */
export const translatable = (form: string, lang: 'ja' | 'en') => JAPANESE_SCRIPT.test(form) === (lang === 'en');

/** Which shard holds a form: FNV-1a over its UTF-16 code units, the same in Node and the browser. */
export function glossaryShard(form: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ form.charCodeAt(i), 0x01000193) >>> 0;
	return hash % shards;
}

export class Lexicon implements Vocabulary {
	readonly words: Set<string>;
	readonly functionWords: Set<string>;
	readonly maxLength: number;
	private readonly prefixes = new Set<string>();
	private readonly groups = new Map<string, string[]>();
	/** A form of the other language → this language's terms for it (see LexiconData.glossary). */
	private readonly glossary = new Map<string, string[]>();
	/** See LexiconData.glossaryShards. */
	readonly glossaryShards: number;
	/** The shards added so far. */
	readonly glossaryLoaded = new Set<number>();
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
		this.addGlossary(data.glossary);
		this.glossaryShards = data.glossaryShards ?? 0;
		this.referencePages = new Set(data.ref);
		this.stemmed = new Set(data.stemmed ? data.stemmed.split('\n') : []);
		this.compounds = new Map(split(data.compounds ?? '').map((c) => [c.replace(/-/g, ''), c]));
		this.pages = new Map(Object.entries(data.pages ?? {}).map(([id, [url, title]]) => [id, { url, title }]));
		this.addReadings(data.readings ?? '');
	}

	/** Adds glossary lines (the lexicon's own, or a shard's: see glossaryFile). */
	addGlossary(lines: string, shard?: number): void {
		for (const line of lines ? lines.split('\n') : []) {
			const [form, term] = line.split('\t');
			const terms = this.glossary.get(form) ?? [];
			if (!terms.includes(term)) terms.push(term);
			this.glossary.set(form, terms);
		}
		if (shard !== undefined) this.glossaryLoaded.add(shard);
	}

	/**
	 * The shard a query form needs before `translations` can answer, or undefined when the lexicon
	 * answers it already (small glossary, shard loaded, or a form of this site's own language).
	 */
	glossaryShardFor(form: string, lang: 'ja' | 'en'): number | undefined {
		if (!this.glossaryShards || !form || !translatable(form, lang)) return undefined;
		const shard = glossaryShard(form, this.glossaryShards);
		return this.glossaryLoaded.has(shard) ? undefined : shard;
	}

	/** This language's terms for a form of the other language (as LexiconData.glossary lines key them). */
	translations(form: string): string[] {
		return this.glossary.get(form) ?? [];
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
