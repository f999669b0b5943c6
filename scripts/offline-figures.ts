// `npm run stats:offline`: the offline figures, measured in Chromium on the built site. Prints
// the bytes cached for offline use, the time a first visit takes to cache them (served from
// localhost, so it measures the browser's work more than a network), the folder copy's size, and
// the same ten queries online, offline and from the folder copy. Asserts nothing.
// `--no-build` reuses dist/ and dist-offline/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { PARITY_QUERIES, searchResults } from '../tests/support/search-results.ts';
import { listPrecache } from '../src/offline/precache.ts';
import { STATUS_REQUEST, type OfflineStatus } from '../src/offline/protocol.ts';

const RUNS = 5;
const astro = (args: string[]) => execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
if (!process.argv.includes('--no-build')) {
	astro(['build']);
	execFileSync(process.execPath, ['scripts/build-offline.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const out: string[] = [];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What the service worker caches, by kind.
const precache = await listPrecache('dist', '/');
const kinds = { 'pages (HTML)': /(\/|\.html)$/, 'search index and lexicons': /^\/pagefind\//, 'scripts, styles, icons, manifests': /./ };
const byKind = new Map<string, { files: number; bytes: number }>(Object.keys(kinds).map((k) => [k, { files: 0, bytes: 0 }]));
for (const f of precache.files) {
	const kind = Object.entries(kinds).find(([, re]) => re.test(f.url))![0];
	byKind.get(kind)!.files++;
	byKind.get(kind)!.bytes += f.bytes;
}
const total = precache.files.reduce((sum, f) => sum + f.bytes, 0);
out.push(`Offline copy (service worker cache, version ${precache.version}): ${precache.files.length} files, ${total} bytes (${kb(total)})`);
for (const [kind, { files, bytes }] of byKind) out.push(`  ${kind.padEnd(36)}${String(files).padStart(4)} files ${kb(bytes).padStart(12)}`);

// A first visit to the home page, until the worker reports every file cached and in use.
const served = await serveStatic('dist');
const timings: { load: number; complete: number; usage: number }[] = [];
for (let run = 0; run < RUNS; run++) {
	const profile = mkdtempSync(join(tmpdir(), 'kb-figures-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(served.url);
	timings.push(
		await page.evaluate(async (request) => {
			const ask = (worker: ServiceWorker) =>
				new Promise<OfflineStatus>((done) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = (e) => done(e.data as OfflineStatus);
					worker.postMessage(request, [channel.port2]);
				});
			for (;;) {
				const active = (await navigator.serviceWorker.getRegistration())?.active;
				if (active && navigator.serviceWorker.controller && (await ask(active)).complete) break;
				await new Promise((r) => setTimeout(r, 20));
			}
			const complete = performance.now();
			const { usage = 0 } = await navigator.storage.estimate();
			return { load: performance.getEntriesByType('navigation')[0].duration, complete, usage };
		}, STATUS_REQUEST),
	);
	await context.close();
	rmSync(profile, { recursive: true, force: true });
}
await served.close();
out.push(`First visit to / on localhost (median of ${RUNS}): page loaded in ${median(timings.map((t) => t.load)).toFixed(0)} ms, whole site cached and in use ${median(timings.map((t) => t.complete)).toFixed(0)} ms after navigation start`);
out.push(`  each run (ms to complete): ${timings.map((t) => t.complete.toFixed(0)).join(', ')}`);
out.push(`  storage the origin uses afterwards (navigator.storage.estimate, includes the cache's own overhead): ${kb(median(timings.map((t) => t.usage)))}`);

const folderBytes = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
out.push(`Folder copy: dist-offline/ ${kb(folderBytes('dist-offline'))}, dist-offline.zip ${kb(statSync('dist-offline.zip').size)}`);

// The same ten queries: online (no worker), offline (worker, network cut), folder copy (file://).
const browser = await launchBrowser();
const answers = { online: new Map<string, string[]>(), offline: new Map<string, string[]>(), folder: new Map<string, string[]>() };
const site = await serveStatic('dist');
const onlinePage = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
for (const { lang, q } of PARITY_QUERIES) answers.online.set(q, await searchResults(onlinePage, site.url, lang, q));
const offlineContext = await browser.newContext();
const offlinePage = await offlineContext.newPage();
await offlinePage.goto(`${site.url}en/offline/`);
await offlinePage.waitForSelector('[data-offline-state="complete"]', { timeout: 60_000 });
await offlineContext.setOffline(true);
await site.close();
for (const { lang, q } of PARITY_QUERIES) answers.offline.set(q, await searchResults(offlinePage, site.url, lang, q));
const folderRoot = `${pathToFileURL(resolve('dist-offline')).href}/`;
const folderPage = await browser.newPage();
for (const { lang, q } of PARITY_QUERIES) answers.folder.set(q, await searchResults(folderPage, folderRoot, lang, q));
await browser.close();

out.push('\nThe same ten queries (result pages, and sections under them; identical = same list in the same order)');
out.push(`${'online'.padStart(6)}${'offline'.padStart(9)}${'folder'.padStart(8)}  identical  query → first result`);
for (const { lang, q } of PARITY_QUERIES) {
	const [a, b, c] = [answers.online.get(q)!, answers.offline.get(q)!, answers.folder.get(q)!];
	const pagesOf = (xs: string[]) => xs.filter((x) => !x.includes('#')).length;
	const same = JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(a) === JSON.stringify(c);
	// Numbers first: Japanese queries are wider than their length, so they go last.
	out.push(`${String(pagesOf(a)).padStart(6)}${String(pagesOf(b)).padStart(9)}${String(pagesOf(c)).padStart(8)}  ${(same ? 'yes' : 'NO').padEnd(9)}  ${lang}: ${q} → ${a[0] ?? '(none)'}`);
}
console.log(out.join('\n'));
