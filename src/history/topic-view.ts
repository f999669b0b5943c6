// What a topic page shows of its history: its last-changed date, each section's line, and the
// citations of the page and each section. Build time only.
import { langs, type Lang } from '../config/locales.ts';
import { topicSlugs } from '../config/topics.ts';
import { withBase } from '../lib/url.ts';
import { absoluteUrl } from '../links/absolute.ts';
import { shortPath } from '../links/short-links.ts';
import { parallelPath } from '../reading/parallel-text.ts';
import { citation, type Citation, type CitationInput } from './citations.ts';
import { sectionLine } from './section-lines.ts';
// The browser's filler: a packed citation is checked against exactly what the panel will show.
import { fillTemplate } from './cite-client.ts';
import { lastChange, pageHistory, pageLastChange, siteHistory } from './site.ts';
import { translationLags, type Lag } from './status.ts';
import { historyText, longDate } from './strings.ts';

let lagCache: Lag[] | undefined;
/** Every lagging section of the topics (computed once). */
export function topicLags(): Lag[] {
	return (lagCache ??= translationLags(siteHistory(), topicSlugs, langs as unknown as [Lang, Lang]));
}

/** The page's last content change (YYYY-MM-DD), or undefined when unknown. */
export const pageDate = (lang: Lang, slug: string) => pageLastChange(pageHistory(lang, slug))?.date;

/** Section id → the line to put under its heading. */
export function sectionLines(lang: Lang, slug: string): Map<string, string> {
	const t = historyText[lang];
	const page = pageHistory(lang, slug);
	const lines = new Map<string, string>();
	const lagging = new Map(topicLags().filter((l) => l.slug === slug && l.behind === lang).map((l) => [l.id, l]));
	for (const s of page?.sections ?? []) {
		const change = lastChange(s);
		const lag = lagging.get(s.id);
		const aheadDate = lag?.dates[lag.ahead];
		const line = sectionLine({
			label: t.sectionUpdated,
			date: change?.date,
			longDate: change && longDate(change.date, lang),
			notice: lag && aheadDate ? { text: t.lagNotice(longDate(aheadDate, lang)), link: t.lagLink, href: `${withBase(parallelPath(slug))}#${s.id}` } : undefined,
		});
		if (line) lines.set(s.id, line);
	}
	return lines;
}

/** A citation in the page: its strings, or a template's index and the fields that fill it. */
export type CitationEntry = Citation | [template: number, title: string, key: string, url: string];

export interface PageCitations {
	/** APA and BibTeX with `{t}` (title), `{k}` (BibTeX key) and `{u}` (URL) left open, one per distinct date. */
	templates: Citation[];
	sections: Record<string, CitationEntry>;
	page: CitationEntry;
}

/** Field values no title, key or URL has, so citation-js's output can be searched for them. */
const SLOT = { t: 'zqtitlezq', k: 'zqkeyzq', u: 'https://zqurlzq.invalid/' } as const;

/** Packs citations that differ only in title, key and URL into a template per date and their fields. */
export function packCitations(inputs: Map<string, CitationInput>): { templates: Citation[]; entries: Map<string, CitationEntry> } {
	const templates: Citation[] = [];
	const byDate = new Map<string, number>();
	const entries = new Map<string, CitationEntry>();
	for (const [id, input] of inputs) {
		const real = citation(input);
		const dateKey = input.date ?? '';
		if (!byDate.has(dateKey)) {
			const open = citation({ ...input, key: SLOT.k, title: SLOT.t, url: SLOT.u });
			const slots = (s: string) => s.replaceAll(SLOT.t, '{t}').replaceAll(SLOT.k, '{k}').replaceAll(SLOT.u, '{u}');
			byDate.set(dateKey, templates.push({ apa: slots(open.apa), bibtex: slots(open.bibtex) }) - 1);
		}
		const index = byDate.get(dateKey)!;
		const key = /^@\w+\{([^,]+),/.exec(real.bibtex)?.[1] ?? '';
		const t = templates[index];
		// A title citation-js writes differently (escaped, braced) gets its own strings, never a wrong one.
		const fits = fillTemplate(t.apa, input.title, key, input.url) === real.apa && fillTemplate(t.bibtex, input.title, key, input.url) === real.bibtex;
		entries.set(id, fits ? [index, input.title, key, input.url] : real);
	}
	return { templates, entries };
}

/** APA and BibTeX of the page and each section, with placeholders for the access date. */
export function topicCitations(opts: {
	lang: Lang;
	slug: string;
	site: URL | undefined;
	siteTitle: string;
	title: string;
	sectionTitles: Map<string, string>;
	codes: { page: string; anchors: Record<string, string> };
}): PageCitations {
	const { lang, slug, site, siteTitle, codes } = opts;
	const page = pageHistory(lang, slug);
	const dateOf = (id: string) => lastChange(page?.sections.find((s) => s.id === id))?.date;
	const inputs = new Map<string, CitationInput>();
	for (const [id, title] of opts.sectionTitles) {
		const code = codes.anchors[id];
		if (!code) continue;
		inputs.set(`#${id}`, { key: `kb-${slug}-${id}-${lang}`, title: `${opts.title}${lang === 'ja' ? '：' : ': '}${title}`, site: siteTitle, date: dateOf(id), url: absoluteUrl(shortPath(code, lang), site), language: lang });
	}
	inputs.set('', { key: `kb-${slug}-${lang}`, title: opts.title, site: siteTitle, date: pageDate(lang, slug), url: absoluteUrl(shortPath(codes.page, lang), site), language: lang });
	const { templates, entries } = packCitations(inputs);
	return {
		templates,
		sections: Object.fromEntries([...entries].filter(([id]) => id).map(([id, entry]) => [id.slice(1), entry])),
		page: entries.get('')!,
	};
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

