// Build time: lists every file a reader needs offline, each with a content hash, and derives the
// cache version from them. A rebuild that changes any byte changes the version, and with it sw.js,
// which is how browsers learn that there is something new to fetch.
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
	/** Short hash of every file's URL and integrity: the cache's name. */
	version: string;
	files: PrecacheFile[];
}

/**
 * Files no page requests: the worker itself, the sitemaps (for crawlers), and the ready-made search
 * interfaces Pagefind writes next to its index (the site has its own, src/search/). Also the
 * side-by-side views (`parallel/`): they repeat the two language pages already cached.
 */
export const notPrecached = (path: string) =>
	path === 'sw.js' ||
	path.startsWith('parallel/') || /^sitemap-.*\.xml$/.test(path) || /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind\/pagefind-highlight\.js$/.test(path);

/** The URL path a built file is served at: `en/introspection/index.html` → `/en/introspection/`. */
export function servedPath(path: string, base: string): string {
	return base.replace(/\/?$/, '/') + path.replace(/(^|\/)index\.html$/, '$1');
}

export async function listPrecache(dir: string, base: string): Promise<Precache> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const paths = entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((p) => !notPrecached(p))
		.sort();
	const files: PrecacheFile[] = [];
	for (const path of paths) {
		const bytes = await readFile(join(dir, path));
		files.push({ url: servedPath(path, base), integrity: `sha256-${createHash('sha256').update(bytes).digest('base64')}`, bytes: bytes.length });
	}
	const version = createHash('sha256')
		.update(files.map((f) => `${f.url} ${f.integrity}`).join('\n'))
		.digest('hex')
		.slice(0, 12);
	return { version, files };
}
