// Starlight route middleware: every page links both languages' change feeds (no hreflang: they are
// feeds, not language versions of the page, and the side-by-side view has none); a topic page carries
// Highwire `citation_*` tags (Zotero, Google Scholar) with its title, authorship and last change.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { langs, localePath } from '../config/locales.ts';
import { topicSlugs } from '../config/topics.ts';
import { withBase } from '../lib/url.ts';
import { absoluteUrl } from '../links/absolute.ts';
import { routeOf } from '../links/route-path.ts';
import { siteTitles } from '../links/site-title.ts';
import { feedPath } from './paths.ts';
import { historyText } from './strings.ts';
import { pageDate } from './topic-view.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	for (const l of langs) {
		route.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: historyText[l].feedTitle, href: withBase(feedPath(l)) } });
	}
	const { lang, slug } = routeOf(context.url.pathname, import.meta.env.BASE_URL);
	if (!(topicSlugs as readonly string[]).includes(slug)) return;
	const date = pageDate(lang, slug);
	const meta = (name: string, content: string) => route.head.push({ tag: 'meta', attrs: { name, content } });
	meta('citation_title', route.entry.data.title);
	meta('citation_author', siteTitles[lang]);
	if (date) {
		meta('citation_publication_date', date.replaceAll('-', '/'));
		meta('citation_online_date', date.replaceAll('-', '/'));
	}
	meta('citation_publisher', siteTitles[lang]);
	meta('citation_language', lang);
	meta('citation_public_url', absoluteUrl(localePath(lang, slug), context.site));
});
