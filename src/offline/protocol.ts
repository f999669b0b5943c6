// What the service worker and the pages say to each other. No imports: both sides bundle it.

/** How far the offline copy is: the service worker's answer to a status request, and its broadcasts. */
export interface OfflineStatus {
	/** Cache version (a hash of every file); changes with every build that changes a file. */
	version: string;
	/** Files in this version. */
	total: number;
	/** Bytes of every file in this version. */
	totalBytes: number;
	/** Files of this version already in the cache. */
	cached: number;
	/** Bytes of this version already in the cache. */
	bytes: number;
	/** Every file is cached and this version serves the pages: the site works with no network. */
	complete: boolean;
	/** The browser asked to save data, so the worker caches the site only when the reader asks (DOWNLOAD_REQUEST). */
	onDemand: boolean;
	/** The worker is caching the site right now. */
	downloading: boolean;
}

/** A page asks the worker for an OfflineStatus; the answer comes back on the transferred port. */
export const STATUS_REQUEST = 'kb-offline:status';
/** The reader asks for the offline copy (Save-Data readers); progress comes as broadcasts. */
export const DOWNLOAD_REQUEST = 'kb-offline:download';
/** The worker tells every open page how far it is, while caching and when done. */
export const STATUS_BROADCAST = 'kb-offline:progress';

export interface StatusBroadcast { type: typeof STATUS_BROADCAST; status: OfflineStatus }

/** Every cache of the offline copy starts with this; the version follows. */
export const CACHE_PREFIX = 'kb-offline-';
/** Pages outside the offline copy (slide kits) that the reader has opened, for reading them again offline. */
export const VISITED_CACHE = 'kb-visited';

/** The query the page adds to sw.js when the browser signals Save-Data (navigator.connection.saveData). */
export const SAVE_DATA_PARAM = 'save-data';
