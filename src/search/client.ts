// Browser side: loads the lexicon and Pagefind once, runs a query plan, merges the answers.
import { Lexicon, type LexiconData } from './lexicon.ts';
import { planQuery, type Plan } from './query.ts';
import { joinJapanese, renderExcerpt } from './excerpt.ts';
import { INDEX_LANGUAGE } from './languages.ts';

export interface SearchSection { url: string; title: string; excerptHtml: string }
export interface SearchHit { url: string; title: string; excerptHtml: string; sections: SearchSection[]; score: number }
export interface SearchAnswer { query: string; total: number; hits: SearchHit[] }

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindData {
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

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let ready: Promise<{ pagefind: PagefindApi; lexicon: Lexicon }> | undefined;

/** The site's language as the search sees it: the root `<html lang>`. */
export const pageLang = (): 'ja' | 'en' => (document.documentElement.lang.startsWith('en') ? 'en' : 'ja');

function load(lang: 'ja' | 'en') {
	ready ??= (async () => {
		const lexiconUrl = `${base}pagefind/kb-lexicon.json`;
		const [lexiconData, pagefind] = await Promise.all([
			fetch(lexiconUrl).then((r) => {
				if (!r.ok) throw new Error(`search lexicon missing: ${lexiconUrl} answered ${r.status}`);
				return r.json() as Promise<LexiconData>;
			}),
			import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
		]);
		await pagefind.options({ basePath: `${base}pagefind/`, excerptLength: 24 });
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

/** Starts the downloads before the reader finishes typing. */
export function preloadSearch(): void {
	void load(pageLang());
}

type Scored = { result: PagefindResult; score: number; matched: number };

async function runPlan(pagefind: PagefindApi, plan: Plan): Promise<Map<string, Scored>> {
	const perClause = await Promise.all(
		plan.clauses.map(async (clause) => {
			const found = new Map<string, PagefindResult>();
			if (clause.absent) return found;
			for (const q of clause.anyOf) {
				const answer = await pagefind.search(q);
				// Pagefind scores every exact-phrase hit alike; rank them by the same words unquoted.
				const phrase = /^".*"$/.test(q);
				const ranking = phrase ? new Map((await pagefind.search(q.slice(1, -1)))?.results.map((r) => [r.id, r.score])) : undefined;
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

export async function search(raw: string, limit = 20): Promise<SearchAnswer> {
	const lang = pageLang();
	const { pagefind, lexicon } = await load(lang);
	const { text, plans } = planQuery(raw, lang, lexicon);
	const total = new Map<string, Scored>();
	for (const plan of plans) {
		for (const [id, m] of await runPlan(pagefind, plan)) {
			const prev = total.get(id);
			total.set(id, prev ? { ...prev, score: prev.score + m.score, matched: Math.max(prev.matched, m.matched) } : m);
		}
	}
	const ranked = [...total.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
	const hits = await Promise.all(
		ranked.slice(0, limit).map(async ({ result, score }) => {
			const data = await result.data();
			return {
				url: data.url,
				title: data.meta.title ?? data.url,
				excerptHtml: renderExcerpt(data.excerpt),
				score,
				sections: data.sub_results
					.filter((s) => s.url.includes('#') && s.excerpt.includes('<mark>'))
					.slice(0, 3)
					.map((s) => ({ url: s.url, title: joinJapanese(s.title), excerptHtml: renderExcerpt(s.excerpt) })),
			};
		}),
	);
	return { query: text, total: ranked.length, hits };
}
