// `/feed.xml` and `/en/feed.xml`: an Atom feed per language with one entry per changed section of the
// topics (its latest change), newest first: the section's title, a link to its #id, date and summary.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Feed } from 'feed';
import { localePath, type Lang } from '../../config/locales.ts';
import { topicSlugs } from '../../config/topics.ts';
import { absoluteUrl } from '../../links/absolute.ts';
import { langParams } from '../../links/short-links.ts';
import { siteTitles } from '../../links/site-title.ts';
import { pageTitles, titleKey } from '../../links/titles.ts';
import { feedPath } from '../paths.ts';
import { lastChange, pageHistory } from '../site.ts';
import { historyText } from '../strings.ts';

/** At most this many entries: a reader's feed app needs the recent ones. */
const MAX_ENTRIES = 100;

export const getStaticPaths = (() => langParams.map(({ lang, param }) => ({ params: { lang: param }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const lang = (props as { lang: Lang }).lang;
	const titles = await pageTitles();
	const entries = topicSlugs.flatMap((slug) => {
		const page = titles.get(titleKey(lang, slug));
		return (pageHistory(lang, slug)?.sections ?? []).flatMap((s) => {
			const change = lastChange(s);
			if (!change || !page) return [];
			const heading = s.id === 'summary' ? page.title : `${page.title} › ${page.sections.get(s.id)?.text ?? s.title}`;
			return [{ change, heading, url: absoluteUrl(`${localePath(lang, slug)}${s.id === 'summary' ? '' : `#${s.id}`}`, site) }];
		});
	});
	entries.sort((a, b) => b.change.seq - a.change.seq || a.url.localeCompare(b.url));
	const home = absoluteUrl(localePath(lang), site);
	const feed = new Feed({
		title: historyText[lang].feedTitle,
		id: absoluteUrl(feedPath(lang), site),
		link: home,
		language: lang,
		copyright: siteTitles[lang],
		// Atom needs a feed date: the latest change, or (history unknown, no entries) the epoch, never today.
		updated: new Date(entries[0] ? `${entries[0].change.date}T00:00:00Z` : 0),
		feedLinks: { atom: absoluteUrl(feedPath(lang), site) },
		author: { name: siteTitles[lang], link: home },
	});
	for (const e of entries.slice(0, MAX_ENTRIES)) {
		feed.addItem({ title: e.heading, id: e.url, link: e.url, date: new Date(`${e.change.date}T00:00:00Z`), description: e.change.summary });
	}
	return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
