// Build time: lists the files a reader needs to read and search offline, each with a content hash,
// and derives the cache version from them. A rebuild that changes any of these bytes changes the
// version, and with it sw.js, which is how browsers learn that there is something new to fetch.
//
// The list is an include list, not "everything in dist/ but …": a new kind of page (a parallel
// view, a print edition) stays out of every reader's first download until it is added here on
// purpose. Today it holds: every page of content/ in both languages (the offline pages among them),
// the search pages, the 404 page (what offline readers see for a page the site lacks), and the
// files pages load: scripts and styles (_astro/), icons, web manifests, the search index and
// lexicons. Left out: preview images (og/, only link previews fetch them), slide kits (cached when
// visited), short-link and moved-page redirects (answered by the worker from `redirects`), the
// sitemaps, the worker itself and Pagefind's ready-made interfaces (the site has its own).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One file to cache: where it is served and what its bytes must hash to. */
export interface PrecacheFile {
	/** URL path, base included; a page's is its directory URL (`/kb/en/introspection/`). */
	url: string;
	/** Subresource-integrity hash of the file (`sha256-…`); the service worker rejects other bytes. */
	integrity: string;
	/** Size in bytes. */
	bytes: number;
}

/** Everything the service worker caches, under one version. */
export interface Precache {
	/** Short hash of every file's URL and integrity, and of the redirects: the cache's name. */
	version: string;
	files: PrecacheFile[];
	/** Redirect page URL path (base included) → where it sends the reader, `#fragment` included. */
	redirects: Record<string, string>;
}

/** Files every page loads (paths relative to the built site's root). */
const ASSETS = [/^_astro\//, /^pagefind\//, /^icons\//, /^(en\/)?manifest\.webmanifest$/, /^favicon\.svg$/, /^404\.html$/];
/** Pagefind's ready-made search interfaces, written next to its index and loaded by no page. */
const PAGEFIND_UI = /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind\/pagefind-highlight\.js$/;

/** The built file of a page URL without base: `/en/introspection/` → `en/introspection/index.html`. */
export const pageFile = (url: string) => `${url.replace(/^\//, '')}index.html`;

/** Is this built file (path relative to the site's root) something a reader needs offline? */
export function isPrecached(path: string, pages: ReadonlySet<string>): boolean {
	if (PAGEFIND_UI.test(path)) return false;
	return pages.has(path) || ASSETS.some((re) => re.test(path));
}

/** The URL path a built file is served at: `en/introspection/index.html` → `/en/introspection/`. */
export function servedPath(path: string, base: string): string {
	return base.replace(/\/?$/, '/') + path.replace(/(^|\/)index\.html$/, '$1');
}

/** A static redirect page's target (RedirectPage.astro writes a meta refresh), or undefined. */
export function redirectTarget(html: string): string | undefined {
	const refresh = /<meta\s+http-equiv="refresh"\s+content="0;\s*url=([^"]+)"/i.exec(html);
	return refresh?.[1].replace(/&amp;/g, '&');
}

/**
 * Lists the precache of the site built in `dir` at `base`. `pageUrls` are the URL paths (without
 * base) of the pages readers read and search offline: `/`, `/en/introspection/`, `/search/`.
 */
export async function listPrecache(dir: string, base: string, pageUrls: readonly string[]): Promise<Precache> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const all = entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
	const pages = new Set(pageUrls.map(pageFile));
	const missing = [...pages].filter((p) => !all.includes(p));
	if (missing.length) throw new Error(`offline precache: pages that were not built: ${missing.join(', ')}`);
	const files: PrecacheFile[] = [];
	const redirects: Record<string, string> = {};
	for (const path of all) {
		if (isPrecached(path, pages)) {
			const bytes = await readFile(join(dir, path));
			files.push({ url: servedPath(path, base), integrity: `sha256-${createHash('sha256').update(bytes).digest('base64')}`, bytes: bytes.length });
		} else if (path.endsWith('.html')) {
			const target = redirectTarget(await readFile(join(dir, path), 'utf8'));
			if (target) redirects[servedPath(path, base)] = target;
		}
	}
	const version = createHash('sha256')
		.update(files.map((f) => `${f.url} ${f.integrity}`).join('\n'))
		.update(JSON.stringify(redirects))
		.digest('hex')
		.slice(0, 12);
	return { version, files, redirects };
}
