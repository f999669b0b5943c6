// `npm run stats:offline`: the offline figures, measured in Chromium on the built site served with
// gzip (level 6, as a usual web server): the requests and bytes on the wire of a first visit until
// the service worker reports the site cached, by kind of file (and the files a reader cannot use
// offline among them); the requests and bytes of the update after a one-page edit and rebuild;
// the time a first visit takes to cache the site (median of 5 fresh profiles; localhost, so it
// measures the browser's work more than a network); the folder copy's size; and the same ten
// queries online, offline and from the folder copy. Asserts nothing.
//
// `--no-build` reuses dist/ and dist-offline/. `--project DIR` measures another checkout's built
// dist/ and dist-offline/ (for before/after figures; it must have been built by its own
// `npm run stats:offline` or `npm run build && npm run build:offline`); its sources are copied to
// build the edited version for the update figure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { buildProject, copyProject, editFile } from '../tests/support/source-copy.ts';
import { PARITY_QUERIES, searchResults } from '../tests/support/search-results.ts';
import { STATUS_REQUEST, type OfflineStatus } from '../src/offline/protocol.ts';
import { listPrecache } from '../src/offline/precache.ts';
import { readingPages } from '../src/offline/reading-pages.ts';

const RUNS = 5;
const flag = (name: string) => process.argv.indexOf(name);
const project = flag('--project') > 0 ? resolve(process.argv[flag('--project') + 1]) : process.cwd();
const dist = join(project, 'dist');
const folder = join(project, 'dist-offline');
if (project === process.cwd() && !process.argv.includes('--no-build')) {
	const astro = (args: string[]) => execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
	astro(['build']);
	execFileSync(process.execPath, ['scripts/build-offline.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const out: string[] = [`Project: ${project}`];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Waits in the page until the worker reports every file cached and in use (optionally: of another version than `not`). */
async function untilCached(page: Page, not = ''): Promise<OfflineStatus> {
	return page.evaluate(
		async ([request, not]) => {
			const ask = (worker: ServiceWorker) =>
				new Promise<OfflineStatus>((done) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = (e) => done(e.data as OfflineStatus);
					worker.postMessage(request, [channel.port2]);
				});
			for (;;) {
				const registration = await navigator.serviceWorker.getRegistration();
				const active = registration?.active;
				// Not while a new version installs or waits: Chromium activates it only once the old
				// worker has no event in flight, and asking keeps it busy.
				if (active && navigator.serviceWorker.controller && !registration.installing && !registration.waiting) {
					const status = await ask(active);
					if (status.complete && status.version !== not) return status;
				}
				await new Promise((r) => setTimeout(r, 100));
			}
		},
		[STATUS_REQUEST, not] as const,
	);
}

/** The promise's value, or undefined when it takes longer than `ms` (or fails): a figure says so instead of hanging. */
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, ms))]);

type Served = { path: string; bytes: number }[];
const KINDS: [string, RegExp][] = [
	['short-link and moved-page redirects', /^\/(en\/)?s\//],
	['preview images (og/)', /^\/og\//],
	['slide kits', /^\/(en\/)?slides\//],
	['search index and lexicons', /^\/pagefind\//],
	['the worker (sw.js)', /^\/sw\.js$/],
	['pages (HTML)', /(\/|\.html)$/],
	['scripts, styles, icons, manifests', /./],
];
const UNUSABLE = /^\/(en\/)?s\/|^\/og\/|^\/(en\/)?slides\//;
function byKind(served: Served): string[] {
	const rows = new Map(KINDS.map(([k]) => [k, { files: 0, bytes: 0 }]));
	for (const { path, bytes } of served) {
		const row = rows.get(KINDS.find(([, re]) => re.test(path))![0])!;
		row.files++;
		row.bytes += bytes;
	}
	return [...rows].filter(([, r]) => r.files).map(([kind, { files, bytes }]) => `  ${kind.padEnd(38)}${String(files).padStart(4)} requests ${kb(bytes).padStart(10)}`);
}
const sum = (served: Served) => served.reduce((s, f) => s + f.bytes, 0);

// A first visit to the home page, until the worker reports every file cached and in use; five fresh profiles.
const timings: { load: number; complete: number; usage: number; served: Served; status: OfflineStatus }[] = [];
for (let run = 0; run < RUNS; run++) {
	const served: Served = [];
	const site = await serveStatic(dist, '/', { gzip: true, onServe: (path, bytes) => served.push({ path, bytes }) });
	const profile = mkdtempSync(join(tmpdir(), 'kb-figures-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(site.url);
	const status = await untilCached(page);
	const measured = await page.evaluate(async () => ({
		complete: performance.now(),
		usage: (await navigator.storage.estimate()).usage ?? 0,
		load: performance.getEntriesByType('navigation')[0].duration,
	}));
	timings.push({ ...measured, served: [...served], status });
	await context.close();
	await site.close();
	rmSync(profile, { recursive: true, force: true });
}
const first = timings[0];
const unusable = first.served.filter((f) => UNUSABLE.test(f.path));
out.push(`\nFirst visit to / until the site is cached (gzip on the wire, page and service worker together; run 1 of ${RUNS})`);
out.push(`  ${first.served.length} requests, ${kb(sum(first.served))} on the wire; the worker's list: ${first.status.total} files, ${kb(first.status.bytes)} uncompressed`);
out.push(...byKind(first.served));
out.push(`  files a reader cannot use offline among them: ${unusable.length} requests, ${kb(sum(unusable))}`);
const sw = readFileSync(join(dist, 'sw.js'));
out.push(`  sw.js: ${kb(sw.length)}, ${kb(gzipSync(sw, { level: 6 }).length)} gzip`);
out.push(`Time to fully cached on localhost (median of ${RUNS} fresh profiles): page loaded in ${median(timings.map((t) => t.load)).toFixed(0)} ms, whole site cached and in use ${median(timings.map((t) => t.complete)).toFixed(0)} ms after navigation start`);
out.push(`  each run (ms to complete): ${timings.map((t) => t.complete.toFixed(0)).join(', ')}`);
out.push(`  storage the origin uses afterwards (navigator.storage.estimate, includes the cache's own overhead): ${kb(median(timings.map((t) => t.usage)))}`);

// An update: one sentence added to one English page, the site rebuilt, a returning reader's worker updates.
{
	// Both versions are built from copies at the same depth: Astro's scoped class names hash each
	// component's path relative to the project, so a rebuild elsewhere would change every page.
	const unedited = copyProject(project);
	const copy = copyProject(project);
	try {
		editFile(copy, 'content/en/introspection.mdx', 'In October 2025, Anthropic', 'This sentence arrived with the rebuilt site. In October 2025, Anthropic');
		const [base, next] = [await buildProject(unedited), await buildProject(copy)];
		// From the two workers' lists: what a worker that reuses unchanged files must fetch.
		// The worker's lists are files beside it (kb-offline/<version>/); a full copy holds shell and every language.
		const listOf = async (dir: string) => new Map((await listPrecache(dir, '/', readingPages(project))).files.map((f) => [f.url, f.integrity]));
		const [oldList, newList] = [await listOf(base), await listOf(next)];
		const changed = [...newList].filter(([url, integrity]) => oldList.get(url) !== integrity).map(([url]) => url);
		const fileOf = (url: string) => join(next, url.endsWith('/') ? `${url}index.html` : url);
		const wire = (url: string) => (/\.(html|js|css|json|svg|webmanifest|xml|txt)$|\/$/.test(url) ? gzipSync(readFileSync(fileOf(url)), { level: 6 }).length : statSync(fileOf(url)).size);
		const updateBytes = changed.reduce((s, url) => s + wire(url), 0) + gzipSync(readFileSync(join(next, 'sw.js')), { level: 6 }).length;
		out.push(`\nUpdate after a one-page edit (en/introspection) and rebuild: files whose hash changed in the worker's list, plus sw.js`);
		out.push(`  ${changed.length + 1} requests, ${kb(updateBytes)} gzip of ${newList.size} files: ${[...changed, '/sw.js'].slice(0, 16).join(' ')}${changed.length > 15 ? ` … and ${changed.length - 15} more` : ''}`);
		let site = await serveStatic(base, '/', { gzip: true });
		const port = Number(new URL(site.url).port);
		const profile = mkdtempSync(join(tmpdir(), 'kb-figures-'));
		const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${site.url}en/offline/`);
		const before = await untilCached(page);
		await site.close();
		const served: Served = [];
		site = await serveStatic(next, '/', { gzip: true, port, onServe: (path, bytes) => served.push({ path, bytes }) });
		await page.goto(`${site.url}en/offline/`);
		// The navigation schedules an update check; asking for it makes the figure independent of Chromium's delay.
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const after = await within(untilCached(page, before.version), 120_000);
		await context.close();
		await site.close();
		rmSync(profile, { recursive: true, force: true });
		out.push(`  measured in Chromium, a returning reader (gzip on the wire)${after ? '' : ': the update did not finish within 120 s'}`);
		const paths = [...new Set(served.map((f) => f.path))].sort();
		out.push(`  ${served.length} requests, ${kb(sum(served))}: ${paths.slice(0, 16).join(' ')}${paths.length > 16 ? ` … and ${paths.length - 16} more` : ''}`);
		out.push(...byKind(served));
		if (after) out.push(`  versions ${before.version} → ${after.version}, ${after.total} files in the new version`);
	} finally {
		for (const dir of [unedited, copy]) rmSync(dir, { recursive: true, force: true });
	}
}

const filesOf = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const folderBytes = filesOf(folder).reduce((s, e) => s + statSync(join(e.parentPath, e.name)).size, 0);
out.push(`\nFolder copy: dist-offline/ ${filesOf(folder).length} files, ${kb(folderBytes)}; dist-offline.zip ${kb(statSync(join(project, 'dist-offline.zip')).size)}`);

// The same ten queries: online (no worker), offline (worker, network cut), folder copy (file://).
const browser = await launchBrowser();
const answers = { online: new Map<string, string[]>(), offline: new Map<string, string[]>(), folder: new Map<string, string[]>() };
const site = await serveStatic(dist);
const onlinePage = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
for (const { lang, q } of PARITY_QUERIES) answers.online.set(q, await searchResults(onlinePage, site.url, lang, q));
const offlineContext = await browser.newContext();
const offlinePage = await offlineContext.newPage();
await offlinePage.goto(`${site.url}en/offline/`);
await offlinePage.waitForSelector('[data-offline-state="complete"]', { timeout: 60_000 });
await offlineContext.setOffline(true);
await site.close();
for (const { lang, q } of PARITY_QUERIES) answers.offline.set(q, await searchResults(offlinePage, site.url, lang, q));
const folderRoot = `${pathToFileURL(folder).href}/`;
const folderPage = await browser.newPage();
for (const { lang, q } of PARITY_QUERIES) answers.folder.set(q, await searchResults(folderPage, folderRoot, lang, q));
await browser.close();

out.push('\nThe same ten queries (result pages, and sections under them; identical = same list in the same order)');
out.push(`${'online'.padStart(6)}${'offline'.padStart(9)}${'folder'.padStart(8)}  identical  query → first result`);
let identical = 0;
for (const { lang, q } of PARITY_QUERIES) {
	const [a, b, c] = [answers.online.get(q)!, answers.offline.get(q)!, answers.folder.get(q)!];
	const pagesOf = (xs: string[]) => xs.filter((x) => !x.includes('#')).length;
	const same = JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(a) === JSON.stringify(c);
	if (same) identical++;
	// Numbers first: Japanese queries are wider than their length, so they go last.
	out.push(`${String(pagesOf(a)).padStart(6)}${String(pagesOf(b)).padStart(9)}${String(pagesOf(c)).padStart(8)}  ${(same ? 'yes' : 'NO').padEnd(9)}  ${lang}: ${q} → ${a[0] ?? '(none)'}`);
}
out.push(`${identical} of ${PARITY_QUERIES.length} queries identical online, offline and from file://`);
console.log(out.join('\n'));
