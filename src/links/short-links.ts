// What the generated pages need from the manifest: each short code's final landing, the redirect
// pages for moved URLs, and the old #ids each page forwards. All resolved at build time, so a
// redirect goes straight to today's location instead of hopping through old ones.
import { langs, localeDirs, localePath, type Lang } from '../config/locales.ts';
import type { Page } from '../content-checks/read-pages.ts';
import type { LinkManifest } from './manifest.ts';
import { splitTarget } from './manifest.ts';
import { publishedPages, type PublishedPage } from './published.ts';
import { isDead, linkOf, resolveLink, type Landing } from './resolve.ts';

export interface ShortLink {
	code: string;
	/** The link the code was issued for: `/introspection/#overview`. */
	issuedFor: string;
	landing: Landing;
}

export interface LinkTable {
	site: Map<string, PublishedPage>;
	shortLinks: ShortLink[];
	/** Moved page path → landing page path. */
	moved: Map<string, string>;
	/** Page path → { old id → landing link } for ids that arrive at the page but no longer exist. */
	forwards: Map<string, Record<string, string>>;
	/** Page path → { section id → code }, for the slide kits. */
	codes: Map<string, { page: string; anchors: Record<string, string> }>;
}

/**
 * Dead links are left out rather than thrown: a build has already stopped on them (the permanence
 * check), and `astro dev` keeps serving while an author is midway through renaming a section.
 */
function land(manifest: LinkManifest, site: Map<string, PublishedPage>, link: string): Landing | undefined {
	const landing = resolveLink(manifest, site, link);
	return isDead(landing) ? undefined : landing;
}

export function linkTable(manifest: LinkManifest, pages: Page[]): LinkTable {
	const site = publishedPages(pages);
	const shortLinks: ShortLink[] = [];
	const codes: LinkTable['codes'] = new Map();
	const forwards: LinkTable['forwards'] = new Map();
	const anchorLinks: string[] = [...Object.keys(manifest.retired)];
	const add = (code: string, issuedFor: string) => {
		const landing = land(manifest, site, issuedFor);
		if (landing) shortLinks.push({ code, issuedFor, landing });
	};
	for (const [path, entry] of Object.entries(manifest.pages)) {
		add(entry.code, path);
		for (const [id, code] of Object.entries(entry.anchors)) {
			add(code, `${path}#${id}`);
			anchorLinks.push(`${path}#${id}`);
		}
		if (site.has(path)) codes.set(path, { page: entry.code, anchors: entry.anchors });
	}
	for (const link of anchorLinks) {
		const { path, id } = splitTarget(link);
		// The page an old #id arrives at: its own page, or where that page moved.
		const arrivesAt = land(manifest, site, path)?.path;
		const to = land(manifest, site, link);
		if (!id || !arrivesAt || !to || site.get(arrivesAt)!.anchors.has(id)) continue;
		if (!forwards.has(arrivesAt)) forwards.set(arrivesAt, {});
		forwards.get(arrivesAt)![id] ??= linkOf(to);
	}
	const moved = new Map<string, string>();
	for (const from of Object.keys(manifest.moved)) {
		const to = land(manifest, site, from);
		if (to) moved.set(from, to.path);
	}
	return { site, shortLinks, moved, forwards, codes };
}

/** `/introspection/#overview` in a language, without base: `/en/introspection/#overview`. */
export function localizeLink(link: string, lang: Lang): string {
	const { path, id } = splitTarget(link);
	const slug = path.replace(/^\/|\/$/g, '');
	return localePath(lang, slug) + (id ? `#${id}` : '');
}

/** The short link path of a code in a language, without base: `/s/k7x/` or `/en/s/k7x/`. */
export const shortPath = (code: string, lang: Lang) => localePath(lang, `s/${code}`);

/** URL prefix segments of each language for rest parameters: `undefined` for the root locale. */
export const langParams = langs.map((lang) => ({ lang, param: localeDirs[lang] || undefined }));
