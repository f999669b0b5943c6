// The service worker (bundled to dist/sw.js by build-service-worker.ts). On install it caches what a
// reader needs to read and search offline (precache.ts: every page in both languages, their assets
// and the complete search index) under one versioned cache, and serves from it from then on, with or
// without a network. Short links and moved pages are answered from one map, not cached pages. Other
// pages (slide kits) are cached when visited. When the browser signals Save-Data the first install
// caches nothing and the reader asks for the copy on the offline page. A rebuild changes the version;
// the new worker caches the new files (reusing unchanged ones from the old cache), takes over at once
// and deletes the old cache, so a reader who comes back online gets the new site.
import type { Precache, PrecacheFile } from './precache.ts';
import { CACHE_PREFIX, DOWNLOAD_REQUEST, SAVE_DATA_PARAM, STATUS_BROADCAST, STATUS_REQUEST, VISITED_CACHE, type OfflineStatus, type StatusBroadcast } from './protocol.ts';

/** Filled in at build time with the list of files and their hashes. */
declare const __KB_PRECACHE__: Precache;

// The project compiles against the DOM library, which lacks the service worker's own types; these
// are the few this file uses.
interface ExtendableEvent extends Event { waitUntil(promise: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(response: Promise<Response>): void }
interface ExtendableMessageEvent extends ExtendableEvent { data: unknown; ports: readonly MessagePort[] }
interface ServiceWorkerScope {
	serviceWorker?: ServiceWorker;
	registration: ServiceWorkerRegistration;
	clients: { claim(): Promise<void>; matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ postMessage(message: unknown): void }[]> };
	skipWaiting(): Promise<void>;
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

const { version, files, redirects } = __KB_PRECACHE__;
const CACHE = CACHE_PREFIX + version;
/** Stored with each cached file, so the next version can reuse it when its hash has not changed. */
const INTEGRITY_HEADER = 'x-kb-integrity';
const byPath = new Map(files.map((f) => [f.url, f]));
const base = new URL(sw.registration.scope).pathname;
const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
/** The page registered this worker as `sw.js?save-data` (register.ts): cache only when asked. */
const saveData = new URL(location.href).searchParams.has(SAVE_DATA_PARAM);
/** The running download, so that a second request (or the install) joins it instead of starting another. */
let downloading: Promise<void> | undefined;

/** The cached path that answers a URL of this site: `/en/x/index.html` and `/en/x/` are one page. */
function cachedPath(url: URL): string | undefined {
	const path = decodeURIComponent(url.pathname).replace(/\/index\.html$/, '/');
	return byPath.has(path) ? path : undefined;
}

async function status(activated = sw.serviceWorker ? sw.serviceWorker.state === 'activated' : sw.registration.active !== null): Promise<OfflineStatus> {
	const cache = await caches.open(CACHE);
	const keys = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const present = files.filter((f) => keys.has(f.url));
	const cached = present.length;
	const complete = activated && cached === files.length;
	const bytes = present.reduce((sum, f) => sum + f.bytes, 0);
	return { version, total: files.length, totalBytes, cached, bytes, complete, onDemand: saveData && !complete, downloading: downloading !== undefined };
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
	const response = await fetch(new Request(file.url, { cache: 'no-cache', integrity: file.integrity }));
	if (!response.ok) throw new Error(`${file.url} answered ${response.status}`);
	const headers = new Headers(response.headers);
	headers.set(INTEGRITY_HEADER, file.integrity);
	// A fresh Response: a redirected one (a host that serves /x/ for /x/index.html) cannot answer navigations.
	await cache.put(file.url, new Response(response.body, { status: 200, statusText: 'OK', headers }));
}

/** Caches every file of this version; one run at a time. */
function download(): Promise<void> {
	downloading ??= precache().finally(() => (downloading = undefined));
	return downloading;
}

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
	const previous = await Promise.all(names.map((name) => caches.open(name)));
	const queue = [...files];
	let cached = 0;
	let bytes = 0;
	let reported = 0;
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			await store(cache, previous, file);
			cached++;
			bytes += file.bytes;
			// A few progress reports, not one per file: pages show a percentage.
			if (bytes - reported > totalBytes / 20 || cached === files.length) {
				reported = bytes;
				await broadcast({ version, total: files.length, totalBytes, cached, bytes, complete: false, onDemand: saveData, downloading: true });
			}
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
}

/** A copy from an earlier version exists: the reader has (or asked for) the offline copy, so keep it current. */
const hasEarlierCopy = async () => (await caches.keys()).some((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// Save-Data on a first visit: no download until the reader asks on the offline page.
			if (!saveData || (await hasEarlierCopy())) await download();
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

/**
 * A page outside the offline copy (a slide kit): the network's answer, kept for reading it again
 * offline; offline, the kept copy or the 404 page.
 */
async function visited(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await (await caches.open(VISITED_CACHE)).put(request.url, response.clone());
		return response;
	} catch (error) {
		const kept = await caches.match(request.url, { cacheName: VISITED_CACHE });
		return kept ?? notFound(request, error);
	}
}

async function fromCache(path: string, request: Request): Promise<Response> {
	const hit = await caches.match(path, { cacheName: CACHE });
	// Not cached yet (the first visit, while the install runs): the network has it.
	return hit ?? fetch(request);
}

/** Offline, a page that is not cached: the cached 404 page, or the network error. */
async function notFound(request: Request, error: unknown): Promise<Response> {
	const page = await caches.match(`${base}404.html`, { cacheName: CACHE });
	if (!page) throw error;
	return new Response(page.body, { status: 404, headers: page.headers });
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	const path = cachedPath(url);
	if (path) return event.respondWith(fromCache(path, request));
	if (request.mode !== 'navigate') return;
	// A short link or moved page: straight to its target, online or not. The worker never sees the
	// URL's #fragment, but a redirect without one keeps it (Fetch: a Location without a fragment
	// inherits the request's), and a target's own #section is kept as the static page would.
	const asked = decodeURIComponent(url.pathname).replace(/\/index\.html$/, '/');
	const target = redirects[asked] ?? redirects[`${asked}/`];
	if (target) return event.respondWith(Promise.resolve(Response.redirect(new URL(target, url).href, 302)));
	// `/en/introspection` (no slash) is the page `/en/introspection/`, as the web server would say.
	if (byPath.has(`${decodeURIComponent(url.pathname)}/`)) {
		return event.respondWith(Promise.resolve(Response.redirect(`${url.pathname}/${url.search}`, 301)));
	}
	event.respondWith(visited(request));
});

sw.addEventListener('message', (event) => {
	if (event.data === STATUS_REQUEST && event.ports[0]) event.waitUntil(status().then((s) => event.ports[0].postMessage(s)));
	if (event.data === DOWNLOAD_REQUEST) event.waitUntil(download().then(async () => broadcast(await status())));
});
