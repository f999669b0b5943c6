// The service worker (bundled to dist/sw.js by build-service-worker.ts). It holds no list of files:
// the build writes the lists and the short-link shards next to it (precache.ts), so sw.js is the
// same size for 7 topics or 700, and changes only its version when the site changes.
//
// Full mode (a small site): on install it caches every list (both languages) under one versioned
// cache and serves from it from then on, with or without a network. Partial mode (a big site): on
// install it caches the shell and what search needs in the reader's language; pages and search
// files the reader opens are kept as they pass; the offline page asks for a whole language
// (DOWNLOAD_REQUEST), which is remembered so that updates keep it and an interrupted download goes
// on at the next visit. Short links and moved pages are answered from the shards when they are
// cached, otherwise by the network's redirect pages. Offline, a page that was not saved gets the
// offline-miss page in the language of its URL, never the 404. When the browser signals Save-Data
// the first install caches nothing until the reader asks. A rebuild changes the version; the new
// worker caches the new files (reusing unchanged ones from the old cache), takes over at once and
// deletes the old cache.
import type { PrecacheFile } from './precache.ts';
import {
	CACHE_PREFIX, DOWNLOAD_REQUEST, SAVE_DATA_PARAM, STATE_CACHE, STATUS_BROADCAST, STATUS_REQUEST, VISITED_CACHE, shardOf,
	type ListStatus, type OfflineStatus, type StatusBroadcast, type WorkerConfig,
} from './protocol.ts';

/** Filled in at build time: the version, the mode and a few sizes; never a list of files. */
declare const __KB_OFFLINE__: WorkerConfig & { sizes: Record<string, { files: number; bytes: number; gzip: number }> };

// The project compiles against the DOM library, which lacks the service worker's own types; these
// are the few this file uses.
interface ExtendableEvent extends Event { waitUntil(promise: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(response: Promise<Response>): void }
interface ExtendableMessageEvent extends ExtendableEvent { data: unknown; ports: readonly MessagePort[] }
interface WindowClient { url: string; postMessage(message: unknown): void }
interface ServiceWorkerScope {
	serviceWorker?: ServiceWorker;
	registration: ServiceWorkerRegistration;
	clients: { claim(): Promise<void>; matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<WindowClient[]> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

const { version, mode, limit, shards, dir, prefixes, sizes } = __KB_OFFLINE__;
const CACHE = CACHE_PREFIX + version;
/** Stored with each cached file, so the next version can reuse it when its hash has not changed. */
const INTEGRITY_HEADER = 'x-kb-integrity';
const base = new URL(sw.registration.scope).pathname;
const langNames = Object.keys(prefixes);
const defaultLang = langNames.find((lang) => !prefixes[lang]) ?? langNames[0];
/** The page registered this worker as `sw.js?save-data` (register.ts): cache only when asked. */
const saveData = new URL(location.href).searchParams.has(SAVE_DATA_PARAM);
const listUrl = (name: string) => `${base}${dir}/${version}/${name}.json`;
const shardUrl = (index: number) => `${base}${dir}/${version}/links/${index}.json`;
const stateUrl = `${base}${dir}/state`;
/** The running download, so that a second request (or the install) joins it instead of starting another. */
let downloading: Promise<void> | undefined;

/** What the reader asked for and read in: languages saved whole, languages whose search is kept. */
interface SavedState { saved: string[]; core: string[] }

async function readState(): Promise<SavedState> {
	const response = await caches.match(stateUrl, { cacheName: STATE_CACHE });
	return response ? ((await response.json()) as SavedState) : { saved: [], core: [] };
}

async function writeState(state: SavedState): Promise<void> {
	await (await caches.open(STATE_CACHE)).put(stateUrl, new Response(JSON.stringify(state)));
}

/** The lists this browser is to hold. */
function wantedLists(state: SavedState): string[] {
	if (mode === 'full') return ['shell', ...langNames];
	return ['shell', ...state.core.map((lang) => `core-${lang}`), ...state.saved];
}

const listCache = new Map<string, Promise<PrecacheFile[]>>();
/** A list of this version, from the cache (kept there so that the status works offline) or the network. */
function readList(name: string, fetchIfMissing = true): Promise<PrecacheFile[] | undefined> {
	const known = listCache.get(name);
	if (known) return known;
	return (async () => {
		const cache = await caches.open(CACHE);
		let response = await cache.match(listUrl(name));
		if (!response) {
			if (!fetchIfMissing) return undefined;
			response = await fetch(listUrl(name), { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${listUrl(name)} answered ${response.status}`);
			await cache.put(listUrl(name), response.clone());
		}
		const files = (await response.json()) as PrecacheFile[];
		listCache.set(name, Promise.resolve(files));
		return files;
	})();
}

/** The files of these lists, each once. */
async function filesOf(names: string[], fetchIfMissing = true): Promise<PrecacheFile[]> {
	const byUrl = new Map<string, PrecacheFile>();
	for (const name of names) for (const file of (await readList(name, fetchIfMissing)) ?? []) byUrl.set(file.url, file);
	return [...byUrl.values()];
}

/** Which language a URL path belongs to, by its prefix (`/en/…`); the root locale takes the rest. */
function langOf(path: string): string {
	const rest = path.slice(base.length);
	return langNames.find((lang) => prefixes[lang] && (rest === prefixes[lang] || rest.startsWith(`${prefixes[lang]}/`))) ?? defaultLang;
}
const langRoot = (lang: string) => `${base}${prefixes[lang] ? `${prefixes[lang]}/` : ''}`;

function listStatus(files: PrecacheFile[] | undefined, keys: Set<string>, size: { files: number; bytes: number; gzip: number }): ListStatus {
	const present = (files ?? []).filter((f) => keys.has(f.url));
	return { total: size.files, totalBytes: size.bytes, gzipBytes: size.gzip, cached: present.length, bytes: present.reduce((sum, f) => sum + f.bytes, 0) };
}

async function status(activated = sw.serviceWorker ? sw.serviceWorker.state === 'activated' : sw.registration.active !== null): Promise<OfflineStatus> {
	const cache = await caches.open(CACHE);
	const keys = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const state = await readState();
	const asked = wantedLists(state);
	// Lists not fetched yet (Save-Data before the reader asks, or offline): nothing counted, nothing complete.
	const listed = (await Promise.all(asked.map((name) => readList(name, false).catch(() => undefined)))).every(Boolean);
	const wanted = listed ? await filesOf(asked, false) : [];
	const present = wanted.filter((f) => keys.has(f.url));
	const langs: Record<string, ListStatus> = {};
	for (const lang of langNames) langs[lang] = listStatus(await readList(lang, false).catch(() => undefined), keys, sizes[lang]);
	// caches.open would create it: a site saved whole has no visited cache until a slide kit is opened.
	const visited = (await caches.has(VISITED_CACHE)) ? await (await caches.open(VISITED_CACHE)).keys() : [];
	const complete = activated && listed && present.length === wanted.length;
	return {
		version, mode, limit, complete,
		total: listed ? wanted.length : mode === 'full' ? sizes.all.files : 0,
		totalBytes: listed ? wanted.reduce((sum, f) => sum + f.bytes, 0) : mode === 'full' ? sizes.all.bytes : 0,
		cached: present.length,
		bytes: present.reduce((sum, f) => sum + f.bytes, 0),
		onDemand: mode === 'partial' || (saveData && !complete),
		downloading: downloading !== undefined,
		langs,
		asked: state.saved,
		visitedPages: visited.filter((r) => new URL(r.url).pathname.endsWith('/')).length,
	};
}

async function broadcast(s: OfflineStatus): Promise<void> {
	const message: StatusBroadcast = { type: STATUS_BROADCAST, status: s };
	for (const client of await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

async function store(cache: Cache, previous: Cache[], file: PrecacheFile): Promise<void> {
	// An install that failed halfway and is tried again keeps what it already has.
	if (await cache.match(file.url)) return;
	for (const old of previous) {
		const kept = await old.match(file.url);
		if (kept?.headers.get(INTEGRITY_HEADER) === file.integrity) return cache.put(file.url, kept);
	}
	// `integrity` makes the browser refuse bytes other than the build's (a half-finished deploy);
	// the install then fails and is tried again on the next visit, so a cache is never mixed.
	// The browser's HTTP cache is tried first: on a first visit it holds the page, styles and scripts
	// the reader's page just loaded, and since its bytes are checked like any others, they need not
	// cross the network twice. Bytes that do not match (an older copy) are fetched fresh.
	let response = await fetch(new Request(file.url, { cache: 'force-cache', integrity: file.integrity })).catch(() => undefined);
	if (!response?.ok) response = await fetch(new Request(file.url, { cache: 'no-cache', integrity: file.integrity }));
	if (!response.ok) throw new Error(`${file.url} answered ${response.status}`);
	const headers = new Headers(response.headers);
	headers.set(INTEGRITY_HEADER, file.integrity);
	// A fresh Response: a redirected one (a host that serves /x/ for /x/index.html) cannot answer navigations.
	await cache.put(file.url, new Response(response.body, { status: 200, statusText: 'OK', headers }));
}

/** Caches every file this browser is to hold; one run at a time. */
function download(names?: string[]): Promise<void> {
	downloading ??= (async () => precache(names ?? wantedLists(await readState())))().finally(() => (downloading = undefined));
	return downloading;
}

async function precache(names: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
	const previous = await Promise.all(old.map((name) => caches.open(name)));
	const files = await filesOf(names);
	const queue = [...files];
	const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
	let reported = 0;
	let bytes = 0;
	let cached = 0;
	const langs = Object.fromEntries(langNames.map((lang) => [lang, listStatus(undefined, new Set(), sizes[lang])]));
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			await store(cache, previous, file);
			cached++;
			bytes += file.bytes;
			// A few progress reports, not one per file: pages show a percentage.
			if (bytes - reported > totalBytes / 20 || cached === files.length) {
				reported = bytes;
				await broadcast({ version, mode, limit, total: files.length, totalBytes, cached, bytes, complete: false, onDemand: mode === 'partial' || saveData, downloading: true, langs, asked: [], visitedPages: 0 });
			}
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
}

/** A copy from an earlier version exists: the reader has (or asked for) the offline copy, so keep it current. */
const hasEarlierCopy = async () => (await caches.keys()).some((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);

/** The open pages' paths and the language of the first: the reader's language on a first visit. */
async function openPages(): Promise<string[]> {
	return (await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' })).map((c) => new URL(c.url).pathname).filter((p) => p.startsWith(base));
}

/** Keeps an open page that no list holds (the page of a first visit in partial mode), for reading it again offline. */
async function keepPage(path: string): Promise<void> {
	if (await caches.match(path, { cacheName: CACHE })) return;
	const response = await fetch(path).catch(() => undefined);
	if (response?.ok && !response.redirected) await (await caches.open(VISITED_CACHE)).put(path, response);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const open = await openPages();
			if (mode === 'partial' && open.length) {
				// Search in the language the reader reads.
				const state = await readState();
				const lang = langOf(open[0]);
				if (!state.core.includes(lang)) await writeState({ ...state, core: [...state.core, lang] });
			}
			// Save-Data on a first visit: no download until the reader asks on the offline page.
			if (!saveData || (await hasEarlierCopy())) {
				await download();
				if (mode === 'partial') for (const path of open) await keepPage(path);
			}
			await sw.skipWaiting();
		})(),
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
			}
			await sw.clients.claim();
			await broadcast(await status(true));
		})(),
	);
});

/** A URL path as the cache keys it: `/en/x/index.html` and `/en/x/` are one page. */
const normalize = (url: URL) => decodeURIComponent(url.pathname).replace(/\/index\.html$/, '/');

const shardCache = new Map<number, Record<string, string>>();
/** Where a short link or moved page leads, if its shard is cached (saved); undefined otherwise. */
async function redirectOf(path: string): Promise<string | undefined> {
	const key = path.endsWith('/') ? path : `${path}/`;
	const index = shardOf(key, shards);
	let shard = shardCache.get(index);
	if (!shard) {
		const response = await caches.match(shardUrl(index), { cacheName: CACHE });
		if (!response) return undefined;
		shard = (await response.json()) as Record<string, string>;
		shardCache.set(index, shard);
	}
	return shard[key];
}

const isCached = async (path: string) => (await caches.match(path, { cacheName: CACHE })) ?? (await caches.match(path, { cacheName: VISITED_CACHE }));

/**
 * Offline, a page that was not saved: the offline-miss page of the URL's language, saying so, with
 * a link to the same section of the reading page when that is saved. Never the 404: the page may
 * well exist.
 */
async function notSaved(path: string, error: unknown): Promise<Response> {
	const lang = langOf(path);
	const page = (await caches.match(`${langRoot(lang)}offline/missing/`, { cacheName: CACHE })) ?? (await caches.match(`${base}offline/missing/`, { cacheName: CACHE }));
	if (!page) throw error;
	let html = await page.text();
	const rest = path.slice(langRoot(lang).length);
	if (/^s\/[^/]+\/?$/.test(rest)) html = html.replace('data-kb-miss="page"', 'data-kb-miss="page" hidden').replace('data-kb-miss="short-link" hidden', 'data-kb-miss="short-link"');
	const view = /^(?:parallel|slides)\/([^/]+)\/?$/.exec(rest);
	if (view) {
		const reading = `${langRoot(lang)}${view[1]}/`;
		if (await isCached(reading)) html = html.replace('data-kb-miss="reading" hidden', 'data-kb-miss="reading"').replace('href="#reading"', `href="${reading}"`);
	}
	return new Response(html, { status: 503, statusText: 'Not saved for offline reading', headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A page no list holds: the network's answer, kept for reading it again offline; offline, the kept copy or the miss page. */
async function navigate(request: Request, url: URL, path: string): Promise<Response> {
	// A short link or moved page: straight to its target, online or not. The worker never sees the
	// URL's #fragment, but a redirect without one keeps it (Fetch: a Location without a fragment
	// inherits the request's), and a target's own #section is kept as the static page would.
	const target = await redirectOf(path);
	if (target) return Response.redirect(new URL(target, url).href, 302);
	// `/en/introspection` (no slash) is the page `/en/introspection/`, as the web server would say.
	if (!path.endsWith('/') && (await isCached(`${path}/`))) return Response.redirect(`${url.pathname}/${url.search}`, 301);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && !response.redirected) await (await caches.open(VISITED_CACHE)).put(path, response.clone());
		return response;
	} catch (error) {
		return (await caches.match(path, { cacheName: VISITED_CACHE })) ?? notSaved(path, error);
	}
}

/** A script, style or search file no list holds: the network's, kept, so that what was read or searched works offline. */
async function keptFile(request: Request, path: string): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await (await caches.open(VISITED_CACHE)).put(path, response.clone());
		return response;
	} catch (error) {
		const kept = await caches.match(path, { cacheName: VISITED_CACHE });
		if (kept) return kept;
		throw error;
	}
}

async function answer(request: Request, url: URL): Promise<Response> {
	const path = normalize(url);
	const hit = await caches.match(path, { cacheName: CACHE });
	if (hit) return hit;
	if (request.mode === 'navigate') return navigate(request, url, path);
	if (path.startsWith(`${base}pagefind/`) || path.startsWith(`${base}_astro/`)) return keptFile(request, path);
	return fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	const path = normalize(url);
	// Files the worker does not keep go to the network untouched (preview images, the worker itself).
	if (request.mode !== 'navigate' && !path.startsWith(`${base}pagefind/`) && !path.startsWith(`${base}_astro/`) && !path.startsWith(`${base}${dir}/`)) {
		event.respondWith(caches.match(path, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
		return;
	}
	event.respondWith(answer(request, url));
});

sw.addEventListener('message', (event) => {
	if (event.data === STATUS_REQUEST && event.ports[0]) {
		event.waitUntil(
			status().then(async (s) => {
				event.ports[0].postMessage(s);
				// A language download that a lost connection stopped goes on when a page asks again.
				const state = await readState();
				if (mode === 'partial' && !downloading && state.saved.some((lang) => s.langs[lang] && s.langs[lang].cached < s.langs[lang].total)) {
					await download().catch(() => {});
					await broadcast(await status());
				}
			}),
		);
	}
	const data = event.data as { type?: string; lang?: string } | string;
	if (data === DOWNLOAD_REQUEST) event.waitUntil(download(mode === 'full' ? undefined : ['shell', ...langNames]).finally(async () => broadcast(await status())));
	if (typeof data === 'object' && data?.type === DOWNLOAD_REQUEST && data.lang && langNames.includes(data.lang)) {
		const lang = data.lang;
		event.waitUntil(
			(async () => {
				const state = await readState();
				if (!state.saved.includes(lang)) await writeState({ ...state, saved: [...state.saved, lang] });
				await download().catch(() => {});
				await broadcast(await status());
			})(),
		);
	}
});
