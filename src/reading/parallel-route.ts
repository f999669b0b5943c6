// Starlight route middleware: the side-by-side view has one URL for both languages, so it has no
// language alternates (Starlight would point hreflang="en" at an /en/parallel/ page that does not exist).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isParallelPath } from './parallel-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
	if (!isParallelPath(context.url.pathname, import.meta.env.BASE_URL)) return;
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((h) => !(h.tag === 'link' && h.attrs?.rel === 'alternate'));
});
