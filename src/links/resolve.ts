// Follows the manifest's moved/retired mappings from a published link to where it lands today.
import type { LinkManifest } from './manifest.ts';
import { splitTarget } from './manifest.ts';
import type { PublishedPage } from './published.ts';

export interface Landing { path: string; id?: string }
export interface Dead { reason: 'no-page' | 'no-anchor' | 'cycle'; at: string }

export const isDead = (r: Landing | Dead): r is Dead => 'reason' in r;

/** Where `/page/#id` (or `/page/`) lands after moves and retirements, or why it lands nowhere. */
export function resolveLink(manifest: LinkManifest, site: Map<string, PublishedPage>, link: string, seen = new Set<string>()): Landing | Dead {
	if (seen.has(link)) return { reason: 'cycle', at: [...seen, link].join(' → ') };
	seen.add(link);
	const { path, id } = splitTarget(link);
	const page = site.get(path);
	// An explicit retirement wins over a page move: it is the more specific mapping.
	const retired = id ? manifest.retired[link] : undefined;
	if (!page) {
		if (retired) return resolveLink(manifest, site, retired, seen);
		const moved = manifest.moved[path];
		if (moved) return resolveLink(manifest, site, id ? `${moved}#${id}` : moved, seen);
		return { reason: 'no-page', at: path };
	}
	if (!id || page.anchors.has(id)) return { path, id };
	if (retired) return resolveLink(manifest, site, retired, seen);
	return { reason: 'no-anchor', at: link };
}

export const linkOf = (l: Landing) => (l.id ? `${l.path}#${l.id}` : l.path);
