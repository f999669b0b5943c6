// What the service worker, the pages and the build say to each other. No imports but types: every
// side bundles it.

/** How one list of files stands in this browser's cache. */
export interface ListStatus {
	/** Files in the list. */
	total: number;
	/** Bytes of every file in the list. */
	totalBytes: number;
	/** Bytes on the wire (gzip) of every file in the list: what saving it downloads at most. */
	gzipBytes: number;
	/** Files of the list already in the cache. */
	cached: number;
	/** Bytes of the list already in the cache. */
	bytes: number;
}

/** How far the offline copy is: the service worker's answer to a status request, and its broadcasts. */
export interface OfflineStatus {
	/** Cache version (a hash of every file); changes with every build that changes a file. */
	version: string;
	/** `full`: the whole site is saved on a first visit; `partial`: the shell, pages opened, and languages saved on request. */
	mode: 'full' | 'partial';
	/** The threshold that chose the mode: gzip bytes of the whole copy. */
	limit: number;
	/** Files in what this browser is to hold (full: everything; partial: shell, search and the languages asked for). */
	total: number;
	/** Bytes of those files. */
	totalBytes: number;
	/** Of those files, already in the cache. */
	cached: number;
	/** Bytes of those files already in the cache. */
	bytes: number;
	/** Every file this browser is to hold is cached and this version serves the pages. */
	complete: boolean;
	/** The worker caches only when the reader asks (Save-Data on a full site, or a language of a partial one). */
	onDemand: boolean;
	/** The worker is caching right now. */
	downloading: boolean;
	/** Each language's everything (pages, search index, short links) and how much of it is cached. */
	langs: Record<string, ListStatus>;
	/** Languages the reader asked to save whole (partial mode); one not yet complete was interrupted and goes on at the next status request online. */
	asked: string[];
	/** Pages outside the lists that the reader opened and the worker kept (side-by-side views, slide kits, pages of an unsaved language). */
	visitedPages: number;
}

/** What the build writes into sw.js: a fixed handful of values, whatever the size of the site. */
export interface WorkerConfig {
	version: string;
	mode: 'full' | 'partial';
	limit: number;
	/** Number of short-link shards (`kb-offline/<version>/links/<n>.json`). */
	shards: number;
	/** Folder of the worker's lists and shards, relative to the base. */
	dir: string;
	/** Each language's URL prefix under the base ('' for the root locale). */
	prefixes: Record<string, string>;
}

/** A page asks the worker for an OfflineStatus; the answer comes back on the transferred port. */
export const STATUS_REQUEST = 'kb-offline:status';
/** The reader asks for the offline copy: `{ type, lang }` for one language, the string alone for everything (Save-Data). */
export const DOWNLOAD_REQUEST = 'kb-offline:download';
/** The worker tells every open page how far it is, while caching and when done. */
export const STATUS_BROADCAST = 'kb-offline:progress';

export interface StatusBroadcast { type: typeof STATUS_BROADCAST; status: OfflineStatus }
export interface LangDownloadRequest { type: typeof DOWNLOAD_REQUEST; lang: string }

/** Every cache of the offline copy starts with this; the version follows. */
export const CACHE_PREFIX = 'kb-offline-';
/** Pages and files outside the lists that the reader has opened, for reading them again offline. */
export const VISITED_CACHE = 'kb-visited';
/** Survives versions: which languages the reader asked to save, so that updates keep them. */
export const STATE_CACHE = 'kb-saved-languages';

/** The query the page adds to sw.js when the browser signals Save-Data (navigator.connection.saveData). */
export const SAVE_DATA_PARAM = 'save-data';

/** Which short-link shard holds a redirect path (FNV-1a of the path): the build and the worker agree. */
export function shardOf(path: string, shards: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
	return hash % shards;
}
