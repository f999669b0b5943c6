// Build time: lists the files a reader needs to read and search offline, each with a content hash,
// sorts them into lists the service worker fetches (the worker itself holds none of them, so sw.js
// stays the same size however many topics the site has), and picks the offline mode:
//
// - `full` while the whole copy (shell, every language, link shards) compresses to at most
//   FULL_SITE_LIMIT_BYTES (src/config/offline.ts): a first visit saves everything in both languages;
// - `partial` above it: a first visit saves the shell and what search needs in the reader's
//   language (`core-<lang>`); pages are kept as the reader opens them, and the offline page offers
//   to save a whole language (`<lang>`).
//
// The version is a hash of every file's URL and integrity and of the redirects: a rebuild that
// changes any of these bytes changes it, and with it sw.js, which is how browsers learn that there
// is something new to fetch.
//
// The lists are include lists, not "everything in dist/ but …": a new kind of page (a parallel
// view, a print edition) stays out of every reader's download until it is added here on purpose.
// They hold every page of content/ in both languages, the search pages, the offline and
// offline-miss pages, and the files pages load: the scripts and styles of those pages (_astro/),
// the favicon, web manifests, the search engine, index and lexicons. Left out: preview images
// (og/), slide kits and side-by-side views and the scripts only they load (kept when opened),
// short-link and moved-page redirects (answered by the worker from the link shards), the sitemaps,
// the worker itself, Pagefind's ready-made interfaces and its worker (the site uses neither), the
// app icons but the 192 px one (installing fetches them) and the 404 page (the worker never answers
// with it).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { langs, localeDirs, localePath, type Lang } from '../config/locales.ts';
import { FULL_SITE_LIMIT_BYTES, LINKS_PER_SHARD, OFFLINE_DIR } from '../config/offline.ts';
import { INDEX_LANGUAGE } from '../search/languages.ts';
import { shardOf } from './protocol.ts';

/** One file to cache: where it is served and what its bytes must hash to. */
export interface PrecacheFile {
	/** URL path, base included; a page's is its directory URL (`/kb/en/introspection/`). */
	url: string;
	/** Subresource-integrity hash of the file (`sha256-…`); the service worker rejects other bytes. */
	integrity: string;
	/** Size in bytes. */
	bytes: number;
	/** Size gzipped (level 6, as a usual web server sends it). */
	gzip: number;
}

/** The worker's lists: `shell` (every visit), `core-<lang>` (search in a language), `<lang>` (everything in it). */
export type ListName = 'shell' | `core-${Lang}` | Lang;

/** Everything the service worker caches, under one version. */
export interface Precache {
	/** Short hash of every file's URL and integrity, and of the redirects: the cache's name. */
	version: string;
	/** `full`: a first visit saves every file; `partial`: the shell and the reader's language's search. */
	mode: 'full' | 'partial';
	/** The threshold the mode was chosen by: gzip bytes of the whole copy. */
	limit: number;
	/** Every file a complete copy holds (both languages, the link shards). */
	files: PrecacheFile[];
	/** Files per list; `<lang>` holds that language's pages, search index and the link shards. */
	lists: Record<ListName, PrecacheFile[]>;
	/** Redirect page URL path (base included) → where it sends the reader, `#fragment` included. */
	redirects: Record<string, string>;
	/** The redirects split into shards by shardOf(path): the worker reads one shard per lookup. */
	shards: Record<string, string>[];
}

/**
 * Files every page loads (paths relative to the built site's root). Of the app icons only the
 * 192 px one, which Chromium fetches from the manifest with every page; the 512 px, maskable and
 * Apple ones only installing asks for, online. Not the 404 page, which only a web server sends
 * (offline, the worker answers a page it does not have with the offline-miss page, never the 404).
 */
const ASSETS = [/^_astro\//, /^pagefind\//, /^icons\/icon-192\.png$/, /^(en\/)?manifest\.webmanifest$/, /^favicon\.svg$/, /^(en\/)?offline\/(missing\/)?index\.html$/];
/**
 * Files in those folders that reading and searching never load: Pagefind's ready-made interfaces
 * and its worker (the site's search runs Pagefind with `noWorker`, see src/search/client.ts).
 */
const NOT_LOADED = /^pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind\/pagefind-(highlight|worker)\.js$/;
/** A file name as pages, scripts and styles refer to bundled files (`page.ChwgHJQd.js`). */
const ASSET_NAME = /[\w.~-]+\.(?:js|css|woff2?|ttf|otf|png|jpe?g|svg|webp|avif|gif|wasm)\b/g;

/** The built file of a page URL without base: `/en/introspection/` → `en/introspection/index.html`. */
export const pageFile = (url: string) => `${url.replace(/^\//, '')}index.html`;

/** Is this built file (path relative to the site's root) something a reader needs offline? */
export function isPrecached(path: string, pages: ReadonlySet<string>): boolean {
	if (NOT_LOADED.test(path)) return false;
	return pages.has(path) || ASSETS.some((re) => re.test(path));
}

/**
 * The `_astro/` files the precached pages load: named in one of them, or in a script or style they
 * load, and so on. A chunk only another kind of page loads (the changes page, a slide kit) is left
 * out; the worker keeps it when that page is opened.
 */
async function loadedAssets(dir: string, all: readonly string[], pages: ReadonlySet<string>): Promise<Set<string>> {
	const byName = new Map(all.filter((p) => p.startsWith('_astro/')).map((p) => [p.slice('_astro/'.length), p]));
	const loaded = new Set<string>();
	const queue = all.filter((p) => p.endsWith('.html') && !p.startsWith('_astro/') && isPrecached(p, pages));
	while (queue.length) {
		const text = await readFile(join(dir, queue.pop()!), 'utf8');
		for (const [name] of text.matchAll(ASSET_NAME)) {
			const path = byName.get(name);
			if (path && !loaded.has(path)) {
				loaded.add(path);
				if (/\.(js|css)$/.test(path)) queue.push(path);
			}
		}
	}
	return loaded;
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

/** The language a search-index file serves (Pagefind names them by index language), if any. */
function searchLang(path: string): Lang | undefined {
	for (const lang of langs) {
		const code = INDEX_LANGUAGE[lang];
		if (path.startsWith(`pagefind/pagefind.${code}_`) || path.startsWith(`pagefind/index/${code}_`) || path.startsWith(`pagefind/fragment/${code}_`) || path.startsWith(`pagefind/filter/${code}_`)) return lang;
		if (/^pagefind\/kb-(lexicon|readings|glossary)\./.test(path) && path.split('.')[1] === lang) return lang;
	}
	return undefined;
}

/** The language of a page path: `en/…` is English; the root locale takes the rest. */
function pageLang(path: string): Lang {
	return langs.find((lang) => localeDirs[lang] && path.startsWith(`${localeDirs[lang]}/`)) ?? langs.find((lang) => !localeDirs[lang])!;
}

/** Which list a precached file belongs to: a language's page or search file, or the shell. */
function listOf(path: string, pages: ReadonlySet<string>): 'shell' | Lang {
	const lang = searchLang(path);
	if (lang) return lang;
	if (pages.has(path) && !/^(en\/)?offline\//.test(path)) return pageLang(path);
	return 'shell';
}

/** A language's files that search cannot start without, and its home and search pages: `core-<lang>`. */
function isCore(path: string, lang: Lang): boolean {
	if (path === pageFile(localePath(lang)) || path === pageFile(localePath(lang, 'search'))) return true;
	// Index chunks, fragments and glossary shards are fetched by what a query needs, like pages.
	return !/^pagefind\/(index\/|fragment\/|kb-glossary\.)/.test(path) && searchLang(path) === lang;
}

const hashOf = (bytes: Buffer | string) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const entry = (url: string, bytes: Buffer): PrecacheFile => ({ url, integrity: hashOf(bytes), bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
const sum = (files: readonly PrecacheFile[]) => files.reduce((total, f) => total + f.gzip, 0);

/** The path a list or shard is served at, relative to the site's root. */
export const listPath = (version: string, name: ListName) => `${OFFLINE_DIR}/${version}/${name}.json`;
export const shardPath = (version: string, index: number) => `${OFFLINE_DIR}/${version}/links/${index}.json`;

/**
 * Lists the precache of the site built in `dir` at `base`. `pageUrls` are the URL paths (without
 * base) of the pages readers read and search offline: `/`, `/en/introspection/`, `/search/`.
 * `limit` is the threshold of the full mode (gzip bytes of the whole copy).
 */
export async function listPrecache(dir: string, base: string, pageUrls: readonly string[], limit = FULL_SITE_LIMIT_BYTES): Promise<Precache> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const all = entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((path) => !path.startsWith(`${OFFLINE_DIR}/`))
		.sort();
	const present = new Set(all);
	const pages = new Set(pageUrls.map(pageFile));
	const missing = [...pages].filter((p) => !present.has(p));
	if (missing.length) throw new Error(`offline precache: pages that were not built: ${missing.join(', ')}`);
	const lists = Object.fromEntries([['shell', []], ...langs.flatMap((lang) => [[lang, []], [`core-${lang}`, []]])]) as unknown as Record<ListName, PrecacheFile[]>;
	const redirects: Record<string, string> = {};
	const assets = await loadedAssets(dir, all, pages);
	for (const path of all) {
		if (isPrecached(path, pages) && (!path.startsWith('_astro/') || assets.has(path))) {
			const file = entry(servedPath(path, base), await readFile(join(dir, path)));
			const list = listOf(path, pages);
			lists[list].push(file);
			if (list !== 'shell' && isCore(path, list)) lists[`core-${list}`].push(file);
		} else if (path.endsWith('.html')) {
			const target = redirectTarget(await readFile(join(dir, path), 'utf8'));
			if (target) redirects[servedPath(path, base)] = target;
		}
	}
	const version = createHash('sha256')
		.update((Object.keys(lists) as ListName[]).flatMap((name) => lists[name].map((f) => `${name} ${f.url} ${f.integrity}`)).join('\n'))
		.update(JSON.stringify(redirects))
		.digest('hex')
		.slice(0, 12);
	const shards: Record<string, string>[] = Array.from({ length: Math.max(1, Math.ceil(Object.keys(redirects).length / LINKS_PER_SHARD)) }, () => ({}));
	for (const [from, to] of Object.entries(redirects)) shards[shardOf(from, shards.length)][from] = to;
	const shardFiles = shards.map((shard, i) => entry(servedPath(shardPath(version, i), base), Buffer.from(JSON.stringify(shard))));
	for (const lang of langs) lists[lang].push(...shardFiles);
	const files = [...lists.shell, ...langs.flatMap((lang) => lists[lang].filter((f) => !shardFiles.includes(f))), ...shardFiles];
	const mode = sum(files) <= limit ? 'full' : 'partial';
	return { version, mode, limit, files, lists, redirects, shards };
}
