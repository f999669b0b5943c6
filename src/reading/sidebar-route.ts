// Starlight route middleware: cuts a long topic list in the sidebar to a window around the page
// (src/reading/sidebar-window.ts). Pagination (previous/next) is computed before middleware runs,
// so it still walks every topic in reading order.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { topicSlugs } from '../config/topics.ts';
import { withBase, pageHref } from '../lib/url.ts';
import { localePath } from '../config/locales.ts';
import { routeOf } from '../links/route-path.ts';
import { windowSidebar, type SidebarEntryLike } from './sidebar-window.ts';

const topics = new Set<string>(topicSlugs);

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { lang, slug } = routeOf(context.url.pathname, import.meta.env.BASE_URL);
	// A slide kit or side-by-side page (`slides/<topic>`, `parallel/<topic>`) centres on its topic.
	const last = slug.split('/').pop() ?? '';
	const nearHref = topics.has(last) ? pageHref(lang, last) : undefined;
	const sidebar = windowSidebar(route.sidebar as SidebarEntryLike[], { lang, indexHref: `${withBase(localePath(lang))}#topics`, nearHref });
	route.sidebar = sidebar as typeof route.sidebar;
});
