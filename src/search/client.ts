// Browser side: loads the lexicon and Pagefind once, runs a query plan, merges the answers.
import { Lexicon, READINGS_FILE, VARIANTS_FILE, glossaryFile, type LexiconData } from './lexicon.ts';
import { EnglishWords, englishRewrite, japaneseRewrites, mayRewrite, parseVariants, type Rewrite, type SpellingSource, type VariantTable } from './spelling.ts';
import { glossaryKey, planQuery, planReading, type Plan } from './query.ts';
import { joinJapanese, renderExcerpt } from './excerpt.ts';
import { snippets, type PagefindFragment } from './snippets.ts';
import { splitText } from './tokens.ts';
import { FIGURE_PREFIX, withFigureWords } from './figures.ts';
import { wholeWordShare } from './exact-words.ts';
import { normalizeText } from './normalize.ts';
import { INDEX_LANGUAGE } from './languages.ts';
import { folderSite } from './folder-engine.ts';
import { pageLang } from './page-lang.ts';

export interface SearchSection { url: string; title: string; titleHtml: string; excerptHtml: string }
export interface SearchHit {
	url: string;
	title: string;
	titleHtml: string;
	excerptHtml: string;
	sections: SearchSection[];
	score: number;
	/** Set on a hit past the first screen, shown from the page table: loads its excerpt and sections. */
	more?: () => Promise<SearchHit>;
}

/**
 * How many results get their fragment (excerpt, sections) with the answer: about a screenful. The
 * rest are listed from the page table and load theirs as they scroll into view (ui/render.ts), so
 * a first search downloads a few fragments, not one per matching page.
 */
export const FIRST_SCREEN = 3;
export interface SearchAnswer {
	query: string;
	total: number;
	hits: SearchHit[];
	/** Set when the kana the reader typed was searched as the words it reads as (概念注入 for がいねんちゅうにゅう). */
	readAs?: string;
	/**
	 * Set when what was typed found nothing and the site's spelling of it was searched instead
	 * (人格づけ for 人格付け, concept injection for concept injecton): that text, and what made it.
	 */
	corrected?: { text: string; sources: SpellingSource[] };
}

export interface SearchOptions {
	/** Search only what was typed: no spelling variant or correction (the "search as typed" link). */
	literal?: boolean;
}

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindData extends PagefindFragment {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: { url: string; title: string; excerpt: string }[];
}
interface PagefindApi {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

// Opened from the folder copy (file://), the index is read from memory: see folder-engine.ts.
const folder = folderSite();
const base = folder?.root ?? import.meta.env.BASE_URL.replace(/\/?$/, '/');
let ready: Promise<{ pagefind: PagefindApi; lexicon: Lexicon }> | undefined;

export { pageLang };

function load(lang: 'ja' | 'en') {
	ready ??= (async () => {
		const lexiconUrl = `${base}pagefind/kb-lexicon.${lang}.bin`;
		const [lexiconData, pagefind] = await Promise.all([
			(folder?.fetch ?? fetch)(lexiconUrl).then((r) => {
				if (!r.ok || !r.body) throw new Error(`search lexicon missing: ${lexiconUrl} answered ${r.status}`);
				// Stored gzip-compressed, like Pagefind's own files, whatever the server does.
				return new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<LexiconData>;
			}),
			folder ? folder.pagefind<PagefindApi>() : (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>),
		]);
		// Indexed URLs already carry the deployment base; Pagefind would otherwise add it again.
		// On the main thread: the index is small, and a worker would cost a download (pagefind-worker.js)
		// and a message round trip per call, more than the search itself (eval:search measures both).
		await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: '/', excerptLength: 24, noWorker: true });
		// Pagefind picks its index, and decides whether to re-segment the query with
		// Intl.Segmenter, from <html lang> when it starts. Our Japanese index is filed under a
		// private code (see languages.ts) so that neither happens; lend it that code for the call.
		const html = document.documentElement;
		const original = html.getAttribute('lang');
		html.setAttribute('lang', INDEX_LANGUAGE[lang]);
		try {
			await pagefind.init();
		} finally {
			if (original !== null) html.setAttribute('lang', original);
		}
		return { pagefind, lexicon: new Lexicon(lexiconData) };
	})();
	ready.catch(() => (ready = undefined));
	return ready;
}

let readings: Promise<Lexicon> | undefined;
function withReadings(lexicon: Lexicon): Promise<Lexicon> {
	const url = `${base}pagefind/${READINGS_FILE}`;
	readings ??= (folder?.fetch ?? fetch)(url).then(async (r) => {
		if (!r.ok || !r.body) throw new Error(`search readings missing: ${url} answered ${r.status}`);
		lexicon.addReadings(await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).text());
		return lexicon;
	});
	readings.catch(() => (readings = undefined));
	return readings;
}

const glossaryShards = new Map<number, Promise<void>>();
/**
 * Loads the glossary shard a query's form is in, when the lexicon's glossary is sharded and the
 * query can be a term of the other language (lexicon.ts). A shard that cannot be fetched (offline,
 * not saved) only costs the translation: the query is still searched as typed.
 */
async function withGlossaryFor(raw: string, lang: 'ja' | 'en', lexicon: Lexicon): Promise<void> {
	const shard = lexicon.glossaryShardFor(glossaryKey(raw), lang);
	if (shard === undefined) return;
	const url = `${base}pagefind/${glossaryFile(lang, shard)}`;
	let loading = glossaryShards.get(shard);
	if (!loading) {
		loading = (folder?.fetch ?? fetch)(url).then(async (r) => {
			if (!r.ok || !r.body) throw new Error(`search glossary shard missing: ${url} answered ${r.status}`);
			lexicon.addGlossary(await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).text(), shard);
		});
		glossaryShards.set(shard, loading);
		loading.catch(() => glossaryShards.delete(shard));
	}
	await loading.catch((e: unknown) => console.warn(e));
}

type Spelling = { lang: 'ja'; table: VariantTable } | { lang: 'en'; words: EnglishWords };
let spelling: Promise<Spelling> | undefined;
/** The spelling table of the page's language (VARIANTS_FILE), fetched after a search that found nothing. */
function loadSpelling(lang: 'ja' | 'en'): Promise<Spelling> {
	const url = `${base}pagefind/${VARIANTS_FILE[lang]}`;
	spelling ??= (folder?.fetch ?? fetch)(url).then(async (r) => {
		if (!r.ok || !r.body) throw new Error(`search spelling table missing: ${url} answered ${r.status}`);
		const text = await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).text();
		return lang === 'ja' ? { lang, table: parseVariants(text) } : { lang, words: new EnglishWords(JSON.parse(text)) };
	});
	spelling.catch(() => (spelling = undefined));
	return spelling;
}

function rewrites(text: string, lexicon: Lexicon, s: Spelling): Rewrite[] {
	if (s.lang === 'ja') return japaneseRewrites(text, lexicon, s.table);
	const r = englishRewrite(text, s.words);
	return r ? [r] : [];
}

/** Starts the downloads before the reader finishes typing. */
export function preloadSearch(): void {
	void load(pageLang());
}

type Scored = { result: PagefindResult; score: number; matched: number };

/** Home, glossary and sources point to the topics; a topic page is the better answer. */
const REFERENCE_WEIGHT = 0.5;

async function runPlan(pagefind: PagefindApi, plan: Plan): Promise<Map<string, Scored>> {
	const perClause = await Promise.all(
		plan.clauses.map(async (clause) => {
			const found = new Map<string, PagefindResult>();
			if (clause.absent) return found;
			const answers = await Promise.all(
				clause.anyOf.map(async (q) => {
					// Pagefind scores every exact-phrase hit alike; rank them by the same words unquoted.
					const phrase = /^".*"$/.test(q);
					const [answer, unquoted] = await Promise.all([pagefind.search(q), phrase ? pagefind.search(q.slice(1, -1)) : null]);
					return { answer, ranking: unquoted ? new Map(unquoted.results.map((r) => [r.id, r.score])) : undefined };
				}),
			);
			for (const { answer, ranking } of answers) {
				for (const r of answer?.results ?? []) {
					const scored = ranking ? { ...r, score: ranking.get(r.id) ?? r.score } : r;
					const prev = found.get(r.id);
					if (!prev || prev.score < scored.score) found.set(r.id, scored);
				}
			}
			return found;
		}),
	);
	const merged = new Map<string, Scored>();
	for (const found of perClause) {
		for (const [id, r] of found) {
			const m = merged.get(id) ?? { result: r, score: 0, matched: 0 };
			m.score += r.score;
			m.matched += 1;
			merged.set(id, m);
		}
	}
	const all = plan.clauses.length;
	const complete = [...merged].filter(([, m]) => m.matched === all);
	// A question need not have every word on the answering page: fall back to the most matched.
	if (complete.length || !plan.question) return new Map(complete);
	return merged;
}

/** Answers a query: up to `limit` pages, the first `eager` of them with excerpts (see FIRST_SCREEN). */
export async function search(raw: string, limit = 20, eager = FIRST_SCREEN, options: SearchOptions = {}): Promise<SearchAnswer> {
	const lang = pageLang();
	const { pagefind, lexicon } = await load(lang);
	// Marks let a benchmark or the browser's performance panel see where a query's time goes.
	performance.mark('kb-search:start');
	await withGlossaryFor(raw, lang, lexicon);
	const planned = planQuery(raw, lang, lexicon);
	const { text } = planned;
	const runAll = async (plans: Plan[]) => {
		const total = new Map<string, Scored>();
		for (const [plan, found] of await Promise.all(plans.map(async (p) => [p, await runPlan(pagefind, p)] as const))) {
			for (const [id, m] of found) {
				const prev = total.get(id);
				const score = m.score * plan.weight;
				total.set(id, prev ? { ...prev, score: prev.score + score, matched: Math.max(prev.matched, m.matched) } : { ...m, score });
			}
		}
		return total;
	};
	// Kana that pages do contain keeps its literal meaning; otherwise it is read as words (query.ts).
	let plans = planned.plans;
	let readAs: string | undefined;
	// Kana may be a reading: its file downloads while the literal search runs.
	const withReadingsLoaded = planned.kana ? withReadings(lexicon) : undefined;
	withReadingsLoaded?.catch(() => {});
	let total = planned.scraps ? new Map<string, Scored>() : await runAll(plans);
	if (planned.kana && !total.size) {
		// The readings are downloaded only now, for the few queries that need them.
		const reading = planReading(text, await withReadingsLoaded!);
		const read = reading ? await runAll(reading.plans) : total;
		if (reading && read.size) [total, plans, readAs] = [read, reading.plans, reading.text];
		else if (planned.scraps) total = await runAll(plans);
	}
	// What the found pages show, once the ranking is known (the first screen's fragments loaded).
	// `scraps`: in English, no page shown has the very words searched, only words that stem alike
	// (behave for behaviour): the reader's spelling may be the site's other one.
	const present = async (total: Map<string, Scored>, plans: Plan[]): Promise<SearchAnswer & { scraps: boolean }> => {
		const ranked = [...total.values()]
			.map((m) => (lexicon.referencePages.has(m.result.id) ? { ...m, score: m.score * REFERENCE_WEIGHT } : m))
			.sort((a, b) => b.matched - a.matched || b.score - a.score);
		performance.mark('kb-search:ranked');
		const words = plans.flatMap((p) => p.clauses.flatMap((c) => c.words));
		const exactWords = (plan: Plan) => plan.clauses.flatMap((c) => c.words).filter((w) => !w.startsWith(FIGURE_PREFIX));
		const loadHit = async ({ result, score, matched }: Scored) => {
			const data = await result.data();
			const title = data.meta.title ?? data.url;
			// The index holds the title as words (index-builder.ts): the same count of them here.
			const titleWords = lang === 'ja' ? splitText(title, lexicon).length : withFigureWords(normalizeText(title)).split(/\s+/).filter(Boolean).length;
			const { page, sections } = snippets(data, titleWords);
			return {
				data,
				matched,
				exact: lang === 'en' ? Math.max(...plans.map((p) => wholeWordShare(data.content, exactWords(p)))) : 1,
				hit: {
					url: folder?.pageUrl(data.url) ?? data.url,
					title: joinJapanese(title),
					// Should the count ever disagree with the index, the title shows plain.
					titleHtml: sameText(page.titleHtml, title) ? page.titleHtml : renderExcerpt(title),
					excerptHtml: page.excerptHtml,
					score,
					sections: sections.map((s) => {
						const url = `${data.url}#${s.id}`;
						return { url: folder?.pageUrl(url) ?? url, title: joinJapanese(s.titleHtml), titleHtml: s.titleHtml, excerptHtml: s.excerptHtml };
					}),
				} as SearchHit,
			};
		};
		const listed = ranked.slice(0, limit);
		// Every result's text is needed when the ranking depends on it: in English, a query word that
		// stemming mixes with another word of the site; anywhere, a first-screen page that lacks the
		// words typed (a stemmed-only or implausible match), a sign that more such pages follow.
		const typed = plans.flatMap(exactWords).flatMap((w) => w.toLowerCase().split(/[^a-z]+/));
		const stemmed = lang === 'en' && typed.some((w) => lexicon.stemmed.has(w));
		// A page the table does not know (an index newer than the lexicon) is loaded with the first screen.
		const firstOnes = stemmed ? listed : listed.filter((m, i) => i < eager || !lexicon.pages.has(m.result.id));
		let loaded = await Promise.all(firstOnes.map(loadHit));
		let rest = listed.filter((m) => !firstOnes.includes(m));
		if (rest.length && loaded.some((l) => l.exact < 1 || !plausible(l.data, words))) {
			loaded = [...loaded, ...(await Promise.all(rest.map(loadHit)))];
			rest = [];
		}
		// Among pages matching as many clauses, those with the very words typed come first (stable sort).
		const kept = loaded.filter(({ data }) => plausible(data, words)).sort((a, b) => b.matched - a.matched || b.exact - a.exact);
		const later: SearchHit[] = rest.map((m) => {
			const page = lexicon.pages.get(m.result.id)!;
			return { url: folder?.pageUrl(page.url) ?? page.url, title: joinJapanese(page.title), titleHtml: renderExcerpt(page.title), excerptHtml: '', sections: [], score: m.score, more: () => loadHit(m).then((l) => l.hit) };
		});
		performance.measure('kb-search:pagefind', 'kb-search:start', 'kb-search:ranked');
		performance.measure('kb-search:fragments', 'kb-search:ranked');
		const scraps = lang === 'en' && kept.length > 0 && kept.every((k) => k.exact === 0);
		return { query: text, total: ranked.length - (loaded.length - kept.length), hits: [...kept.map((k) => k.hit), ...later], readAs, scraps };
	};
	let answer: SearchAnswer & { scraps: boolean } = await present(total, plans);
	if ((!answer.total || answer.scraps) && text && mayRewrite(text) && !options.literal) {
		// Nothing as typed: the site's own spellings of it, likeliest first; the first that finds pages wins.
		// Without the table (a failed download) the literal answer stands.
		const table = await loadSpelling(lang).catch((e: unknown) => (console.warn(e), undefined));
		for (const rewrite of table ? rewrites(text, lexicon, table) : []) {
			const plan = planQuery(rewrite.text, lang, lexicon);
			const found = await runAll(plan.plans);
			if (!found.size) continue;
			const corrected = await present(found, plan.plans);
			if (corrected.total && !corrected.scraps) {
				answer = { ...corrected, corrected: { text: plan.text, sources: rewrite.sources } };
				break;
			}
		}
	}
	const { scraps: _, ...shown } = answer;
	return shown;
}

const sameText = (html: string, text: string) => joinJapanese(html).replace(/\s+/g, '') === joinJapanese(text).replace(/\s+/g, '');

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Pagefind sometimes matches a one-letter word of a page to a long query word ("C." for
 * "cryptocurrency"). A page is kept when something it highlights shares the start of a query word.
 */
function plausible(data: PagefindData, words: string[]): boolean {
	const marks = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)].flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1])));
	if (!marks.length) return true;
	return marks.some((mark) =>
		words.some((raw) => {
			const word = fold(raw);
			if (!word || !mark) return false;
			// A figure's canonical word matches only itself (kbn1 is no answer to kbn1234d56789).
			if (raw.startsWith(FIGURE_PREFIX)) return mark === word;
			if (mark.length < 2 && word.length > 2) return false;
			let common = 0;
			while (common < Math.min(mark.length, word.length) && mark[common] === word[common]) common++;
			return common >= Math.min(3, mark.length, word.length);
		}),
	);
}
