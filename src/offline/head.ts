// Starlight route middleware: links every page to the web manifest of its language and to the
// icons, so the site can be installed from any page.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/url.ts';
import { APPLE_TOUCH_ICON, BRAND } from './icons.ts';
import { manifestPath } from './web-manifest.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const lang = route.lang.startsWith('en') ? 'en' : 'ja';
	route.head.push(
		{ tag: 'link', attrs: { rel: 'manifest', href: withBase(`/${manifestPath(lang)}`) } },
		{ tag: 'meta', attrs: { name: 'theme-color', content: BRAND } },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: withBase(`/${APPLE_TOUCH_ICON}`) } },
	);
});
