// What a topic page shows of its history: its last-changed date, each section's line, and the
// citations of the page and each section. Build time only.
import { langs, type Lang } from '../config/locales.ts';
import { topicSlugs } from '../config/topics.ts';
import { withBase } from '../lib/url.ts';
import { absoluteUrl } from '../links/absolute.ts';
import { shortPath } from '../links/short-links.ts';
import { parallelPath } from '../reading/parallel-text.ts';
import { citation, type Citation } from './citations.ts';
import { sectionLine } from './section-lines.ts';
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

export interface PageCitations {
	sections: Record<string, Citation>;
	page: Citation;
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
	const sections: Record<string, Citation> = {};
	for (const [id, title] of opts.sectionTitles) {
		const code = codes.anchors[id];
		if (!code) continue;
		sections[id] = citation({ key: `kb-${slug}-${id}-${lang}`, title: `${opts.title}${lang === 'ja' ? '：' : ': '}${title}`, site: siteTitle, date: dateOf(id), url: absoluteUrl(shortPath(code, lang), site), language: lang });
	}
	return {
		sections,
		page: citation({ key: `kb-${slug}-${lang}`, title: opts.title, site: siteTitle, date: pageDate(lang, slug), url: absoluteUrl(shortPath(codes.page, lang), site), language: lang }),
	};
}

/** JSON for a `<script type="application/json">`: nothing in it can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

