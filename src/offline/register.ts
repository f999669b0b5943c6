// Runs on every built page (src/integrations/offline.ts injects it): registers the service worker that
// keeps the offline copy, and tells the reader when a new version of the site has replaced the one
// on screen.
import { SAVE_DATA_PARAM } from './protocol.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

async function showUpdateNotice(): Promise<void> {
	if (document.querySelector('.kb-update-notice')) return;
	// The offline strings of both languages (2.6 kB gzip) load only for the notice, not with every page.
	const { strings } = await import('./strings.ts');
	if (document.querySelector('.kb-update-notice')) return;
	const t = strings[document.documentElement.lang.startsWith('en') ? 'en' : 'ja'];
	const notice = document.createElement('div');
	notice.className = 'kb-update-notice';
	notice.setAttribute('role', 'status');
	notice.style.cssText =
		'position:fixed;inset-inline:1rem;bottom:1rem;z-index:1000;display:flex;gap:1rem;align-items:center;justify-content:space-between;' +
		'max-width:36rem;margin-inline:auto;padding:0.75rem 1rem;border:1px solid var(--sl-color-gray-5);border-radius:0.5rem;' +
		'background:var(--sl-color-bg-nav);color:var(--sl-color-white);box-shadow:var(--sl-shadow-lg);font-size:var(--sl-text-sm)';
	const text = document.createElement('span');
	text.textContent = t.updated;
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = t.reload;
	button.style.cssText = 'padding:0.3rem 0.8rem;border:0;border-radius:0.4rem;background:var(--sl-color-accent);color:var(--sl-color-black);font-weight:600;cursor:pointer';
	button.addEventListener('click', () => location.reload());
	notice.append(text, button);
	document.body.append(notice);
}

/** Chromium's Data Saver / Lite mode (the same signal as the Save-Data request header); other browsers lack it. */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

function register(): void {
	// With Save-Data the worker installs without downloading the site (service-worker.ts). A change of
	// the signal changes the script URL, and so installs the worker again with the new choice.
	const script = `${base}sw.js${saveData() ? `?${SAVE_DATA_PARAM}` : ''}`;
	navigator.serviceWorker.register(script, { scope: base, updateViaCache: 'none' }).catch((error) => console.warn('No offline copy:', error));
}

// Only pages served over HTTP(S) have a worker, not the folder copy (file://). The integration
// injects this script into built sites only, never under `astro dev`.
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
	let controlled = navigator.serviceWorker.controller !== null;
	// The first worker taking over changes nothing on screen; a later one brings a new version.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (controlled) void showUpdateNotice();
		controlled = true;
	});
	// After the page has loaded, so that caching the site never slows what the reader opened.
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
	// An installed app may keep its copy even when storage runs low (browsers decide; Chrome agrees for installed apps).
	if (matchMedia('(display-mode: standalone)').matches) void navigator.storage?.persist?.();
}
