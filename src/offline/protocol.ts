// What the service worker and the pages say to each other. No imports: both sides bundle it.

/** How far the offline copy is: the service worker's answer to a status request, and its broadcasts. */
export interface OfflineStatus {
	/** Cache version (a hash of every file); changes with every build that changes a file. */
	version: string;
	/** Files in this version. */
	total: number;
	/** Files of this version already in the cache. */
	cached: number;
	/** Bytes of this version already in the cache. */
	bytes: number;
	/** Every file is cached and this version serves the pages: the site works with no network. */
	complete: boolean;
}

/** A page asks the worker for an OfflineStatus; the answer comes back on the transferred port. */
export const STATUS_REQUEST = 'kb-offline:status';
/** The worker tells every open page how far it is, while caching and when done. */
export const STATUS_BROADCAST = 'kb-offline:progress';

export interface StatusBroadcast { type: typeof STATUS_BROADCAST; status: OfflineStatus }

/** Every cache this site creates starts with this; the version follows. */
export const CACHE_PREFIX = 'kb-offline-';
