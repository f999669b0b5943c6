import { defineHastPlugin } from 'satteri';

/**
 * Content links are written root-relative (`/introspection/#concept-injection`); this prefixes the
 * deployment base so the same MDX works at `/` and under a sub-path such as `/kb/`.
 */
export function baseLinks(base: string) {
	const prefix = base.replace(/\/$/, '');
	return defineHastPlugin({
		name: 'kb-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
					ctx.setProperty(node, 'href', prefix + href);
				}
			},
		},
	});
}
