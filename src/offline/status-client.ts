// Page side: asks the service worker how far the offline copy is, and hears its progress reports.
import { DOWNLOAD_REQUEST, STATUS_BROADCAST, STATUS_REQUEST, type LangDownloadRequest, type OfflineStatus, type StatusBroadcast } from './protocol.ts';

/** What a page can know of the offline copy. */
export type CopyState =
	| { state: 'unsupported' | 'waiting' | 'failed' }
	| { state: 'caching' | 'complete' | 'on-demand'; status: OfflineStatus };

function ask(worker: ServiceWorker): Promise<OfflineStatus> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data as OfflineStatus);
		worker.postMessage(STATUS_REQUEST, [channel.port2]);
	});
}

const toState = (status: OfflineStatus): CopyState => ({ state: status.complete ? 'complete' : status.onDemand && !status.downloading ? 'on-demand' : 'caching', status });

/**
 * Asks the active worker to save everything in one language (partial mode), after checking that the
 * browser has room for it; resolves to the bytes missing when it has not (nothing is started then).
 */
export async function requestLanguage(lang: string, needBytes: number): Promise<{ need: number; free: number } | undefined> {
	const estimate = await navigator.storage?.estimate?.();
	if (estimate?.quota !== undefined) {
		const free = estimate.quota - (estimate.usage ?? 0);
		if (free < needBytes) return { need: needBytes, free };
	}
	const registration = await navigator.serviceWorker.ready;
	const message: LangDownloadRequest = { type: DOWNLOAD_REQUEST, lang };
	registration.active?.postMessage(message);
	return undefined;
}

/** Asks the active worker to cache the whole site now (the Save-Data reader's button); progress arrives through watchOfflineCopy. */
export async function requestDownload(): Promise<void> {
	const registration = await navigator.serviceWorker.ready;
	registration.active?.postMessage(DOWNLOAD_REQUEST);
}

/** Calls back with the state of the offline copy now and whenever it changes. */
export function watchOfflineCopy(callback: (copy: CopyState) => void): void {
	if (!('serviceWorker' in navigator)) return callback({ state: 'unsupported' });
	const container = navigator.serviceWorker;
	container.addEventListener('message', (event) => {
		const data = event.data as StatusBroadcast | undefined;
		if (data?.type === STATUS_BROADCAST) callback(toState(data.status));
	});
	container.startMessages();
	const follow = async (registration: ServiceWorkerRegistration | undefined) => {
		// The newest worker tells the most: while a version installs, its progress.
		const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
		if (!worker) return callback({ state: 'waiting' });
		worker.addEventListener('statechange', () => {
			if (worker.state === 'redundant' && registration?.active !== worker) callback({ state: 'failed' });
		});
		callback(toState(await ask(worker)));
	};
	void container.getRegistration().then(follow);
	void container.ready.then(async (registration) => {
		if (registration.active) callback(toState(await ask(registration.active)));
	});
}
