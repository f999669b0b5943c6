// `npm run bench:site -- --topics 7,70,700`: how the site grows. For each size it makes a synthetic
// site from the real pages (copies of the 7 topics in both languages with new slugs and titles,
// their glossary entries, and short links given by `links:update`), builds it, and prints:
// build time per phase (from the build's own log), peak RSS, built pages, files and bytes of
// dist/, sw.js raw and gzip, and, measured in Chromium on the site served with gzip: what a first
// visit downloads with the worker until it reports its copy done, one topic page's first load
// (no worker), a first search's bytes, the search index's bytes and the link manifest's size.
// A benchmark, not a test: it asserts nothing. Run it niced on a shared machine.
//
//   --topics 7,70      sizes (multiples of 7)
//   --keep             keep the generated projects in .cache/ (their dist/ too)
//   --project DIR      measure another checkout's sources (a before/after comparison)
//   --generate-only    make the projects, print where they are, build nothing (to profile a build)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import yaml from 'js-yaml';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { copyProject } from '../tests/support/source-copy.ts';
import { topicSlugs } from '../src/config/topics.ts';
import { STATUS_REQUEST, type OfflineStatus } from '../src/offline/protocol.ts';
import { withBuildMemory } from '../src/config/build-memory.ts';

const { values } = parseArgs({ options: { topics: { type: 'string', default: '7,70' }, keep: { type: 'boolean', default: false }, project: { type: 'string', default: '.' }, 'generate-only': { type: 'boolean', default: false } } });
const sizes = values.topics.split(',').map(Number);
for (const n of sizes) if (!Number.isInteger(n) || n < 7 || n % 7) throw new Error(`--topics: ${n} is not a multiple of 7`);

const GNU_TIME = '/usr/bin/time';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Adds copies of every topic (both languages, glossary entries) until the site has `n` topics. */
function multiply(root: string, n: number): void {
	const copies = n / topicSlugs.length - 1;
	const slugs: string[] = [];
	for (let k = 1; k <= copies; k++) {
		for (const slug of topicSlugs) {
			const copy = `${slug}-c${k}`;
			slugs.push(copy);
			for (const [dir, suffix] of [['content', `（写し${k}）`], ['content/en', ` (copy ${k})`]]) {
				const text = readFileSync(join(root, dir, `${slug}.mdx`), 'utf8');
				// Only the frontmatter title changes: the body, its ids and links stay as they are.
				writeFileSync(join(root, dir, `${copy}.mdx`), text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^"|"$/g, '')}${suffix}`));
			}
			const glossary = join(root, 'src/data/glossary', `${slug}.yaml`);
			const terms = readFileSync(glossary, 'utf8');
			// The copy's terms are the same words on the copied page: new ids and forms, the copy as their topic.
			writeFileSync(
				join(root, 'src/data/glossary', `${copy}.yaml`),
				terms
					.replace(/^- id: (.*)$/gm, `- id: $1-c${k}`)
					.replace(/^ {2}ja: (.*)$/gm, `  ja: $1（${k}）`)
					.replace(/^ {2}en: (.*)$/gm, `  en: $1 (${k})`)
					.replace(/^ {2}topics: \[.*\]$/gm, `  topics: [${copy}]`),
			);
		}
	}
	// A term used on a topic is used on its copies too: each glossary entry lists them.
	for (const file of readdirSync(join(root, 'src/data/glossary'))) {
		if (/-c\d+\.yaml$/.test(file)) continue;
		const path = join(root, 'src/data/glossary', file);
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(/^ {2}topics: \[(.*)\]$/gm, (_, list: string) => {
				const names = list.split(',').map((t) => t.trim()).filter(Boolean);
				return `  topics: [${[...names, ...names.flatMap((t) => Array.from({ length: copies }, (_, i) => `${t}-c${i + 1}`))].join(', ')}]`;
			}),
		);
	}
	// Reviewed figure exceptions and parity differences are per page: a copy states the same figures.
	for (const file of ['figure-exceptions.yaml', 'figure-parity.yaml']) {
		const path = join(root, 'src/data', file);
		const entries = yaml.load(readFileSync(path, 'utf8')) as { page: string }[];
		const copied = entries.filter((e) => (topicSlugs as readonly string[]).includes(e.page)).flatMap((e) => Array.from({ length: copies }, (_, i) => ({ ...e, page: `${e.page}-c${i + 1}` })));
		writeFileSync(path, yaml.dump([...entries, ...copied], { lineWidth: -1 }));
	}
	const topics = join(root, 'src/config/topics.ts');
	writeFileSync(topics, readFileSync(topics, 'utf8').replace("\t'ai-futures',\n] as const;", `\t'ai-futures',\n${slugs.map((s) => `\t'${s}',`).join('\n')}\n] as const;`));
}

/** Astro's "12.34s", "1m 5s" or "2m 3.4s". */
const astroSeconds = (text: string) => {
	const m = /(?:(\d+)m\s*)?([\d.]+)s/.exec(text);
	return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN;
};

interface Phases { astro: number; search: number; breaks: number; csp: number; offline: number; previews: number }
function phases(log: string): Phases {
	const ms = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
	const previews = [...log.matchAll(/\/og\/\S+\.png \(\+(\d+)ms\)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
	return {
		// Astro's "built in" is the whole build, our integrations' steps included: Astro's own share is the rest.
		astro: astroSeconds(/page\(s\) built in ([^\n]+)/.exec(log)?.[1] ?? '') * 1000,
		search: ms(/\[kb:search-index\] indexed .* in (\d+) ms/),
		breaks: ms(/\[kb:line-breaks\] phrase breaks in \d+ pages in (\d+) ms/),
		csp: ms(/\[kb:csp-hashes\] .* in (\d+) ms/),
		offline: ms(/\[kb:offline\] .*\((\d+) ms\)/),
		previews,
	};
}

/** Astro's own share: the whole build less the steps measured separately (a step without a figure counts as 0). */
function astroOnly(p: Phases): number {
	return p.astro - [p.search, p.breaks, p.csp, p.offline].reduce((sum, ms) => sum + (Number.isNaN(ms) ? 0 : ms), 0);
}

function walk(dir: string): { files: number; bytes: number } {
	let files = 0;
	let bytes = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		files++;
		bytes += statSync(join(e.parentPath, e.name)).size;
	}
	return { files, bytes };
}

/** What kind of output a dist/ path is, for the per-kind breakdown. */
function kindOf(path: string): string {
	const p = path.replace(/^en\//, '');
	if (p.startsWith('s/')) return 'short-link redirects';
	if (p.startsWith('slides/')) return 'slide kits';
	if (p.startsWith('parallel/')) return 'side-by-side';
	if (p.startsWith('og/')) return 'preview PNGs';
	if (p.startsWith('pagefind/')) return 'search index';
	if (p.startsWith('_astro/') || p.startsWith('kb-offline/')) return 'assets and worker lists';
	return p.endsWith('.html') ? 'reading and other pages' : 'other';
}

/** Files and bytes of dist/ per kind of output, largest first. */
function byKind(dir: string): string {
	const kinds = new Map<string, { files: number; bytes: number }>();
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		const kind = kindOf(join(e.parentPath, e.name).slice(dir.length + 1));
		const k = kinds.get(kind) ?? { files: 0, bytes: 0 };
		k.files++;
		k.bytes += statSync(join(e.parentPath, e.name)).size;
		kinds.set(kind, k);
	}
	return [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, k]) => `${kind} ${k.files} files ${MB(k.bytes)}`).join('; ');
}

/** The sidebar's bytes on one topic page: it is on every HTML page, so it decides how HTML grows. */
function sidebarShare(html: string): { sidebar: number; page: number } {
	const start = html.indexOf('<sl-sidebar-state-persist');
	const end = html.indexOf('</sl-sidebar-state-persist>', start);
	return { sidebar: start < 0 || end < 0 ? 0 : Buffer.byteLength(html.slice(start, end)), page: Buffer.byteLength(html) };
}

async function workerDone(page: import('playwright-core').Page): Promise<OfflineStatus | undefined> {
	return page.evaluate(async (request) => {
		const registration = await navigator.serviceWorker.ready;
		for (let i = 0; i < 600; i++) {
			const status = await new Promise<OfflineStatus>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve(event.data as OfflineStatus);
				registration.active!.postMessage(request, [channel.port2]);
			});
			if (status.complete && navigator.serviceWorker.controller) return status;
			await new Promise((r) => setTimeout(r, 200));
		}
		return undefined;
	}, STATUS_REQUEST);
}

/** Bytes on the wire (gzip) in Chromium: a first visit with the worker, a topic page without it, a first search. */
async function browse(dist: string) {
	const served: { path: string; bytes: number }[] = [];
	const site = await serveStatic(dist, '/', { gzip: true, onServe: (path, bytes) => served.push({ path, bytes }) });
	const total = () => served.reduce((s, f) => s + f.bytes, 0);
	const topic = `${site.url}en/introspection/`;
	try {
		const profile = mkdtempSync(join(tmpdir(), 'kb-bench-site-'));
		const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(topic);
		const status = await workerDone(page);
		const firstVisit = { requests: served.length, bytes: total(), mode: status?.mode ?? '?' };
		await context.close();
		rmSync(profile, { recursive: true, force: true });

		const browser = await launchBrowser();
		const plain = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
		served.length = 0;
		await plain.goto(topic, { waitUntil: 'load' });
		const topicLoad = total();
		served.length = 0;
		await plain.goto(`${site.url}en/search/?q=${encodeURIComponent('concept injection')}`);
		await plain.waitForSelector('[data-search-status="done"]');
		const search = served.filter((f) => f.path.startsWith('/pagefind/')).reduce((s, f) => s + f.bytes, 0);
		await browser.close();
		return { firstVisit, topicLoad, search };
	} finally {
		await site.close();
	}
}

const rows: string[] = [];
for (const n of sizes) {
	const root = copyProject(values.project);
	cpSync(join(values.project, 'scripts'), join(root, 'scripts'), { recursive: true });
	try {
		if (n > topicSlugs.length) multiply(root, n);
		// Short links for the new pages, as a writer would add them.
		execFileSync(process.execPath, ['scripts/links-update.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
		if (values['generate-only']) {
			console.log(`${n} topics: ${root}`);
			continue;
		}
		const started = performance.now();
		// GNU time reports the peak RSS of the build and its children; without it the RSS is left out.
		// The build starts as `npm run build` starts it (scripts/build.ts).
		const astro = [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'];
		const command = existsSync(GNU_TIME) ? [GNU_TIME, '-f', 'KB_MAX_RSS_KB %M', ...astro] : astro;
		const build = spawnSync(command[0], command.slice(1), {
			cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: withBuildMemory({ ...process.env, BASE_PATH: '/' }),
		});
		const wall = (performance.now() - started) / 1000;
		const log = `${build.stdout}${build.stderr}`;
		writeFileSync(join(root, 'build.log'), log);
		if (build.status !== 0) throw new Error(`build of ${n} topics failed (log in ${root}/build.log)`);
		const rss = Number(/KB_MAX_RSS_KB (\d+)/.exec(log)?.[1]) * 1024;
		const dist = join(root, 'dist');
		const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1]);
		const all = walk(dist);
		const sw = readFileSync(join(dist, 'sw.js'));
		const index = walk(join(dist, 'pagefind'));
		const manifest = statSync(join(root, 'src/data/link-manifest.json')).size;
		const p = phases(log);
		const share = sidebarShare(readFileSync(join(dist, 'en', topicSlugs[2], 'index.html'), 'utf8'));
		const web = await browse(dist);
		const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		console.log(`\n${n} topics (${root})`);
		console.log(`  build ${s(wall * 1000)} wall, peak RSS ${MB(rss)}; ${pages} pages; dist ${all.files} files, ${MB(all.bytes)}`);
		console.log(`  phases: Astro ${s(astroOnly(p))} (previews ${s(p.previews)} of it), phrase breaks ${s(p.breaks)}, search index ${s(p.search)}, CSP ${s(p.csp)}, offline ${s(p.offline)}`);
		console.log(`  sw.js ${kB(sw.length)} (${kB(gzipSync(sw, { level: 6 }).length)} gzip); offline mode ${web.firstVisit.mode}`);
		console.log(`  first visit with the worker: ${web.firstVisit.requests} requests, ${MB(web.firstVisit.bytes)} gzip; topic page first load ${kB(web.topicLoad)}; first search ${kB(web.search)}`);
		console.log(`  search index ${index.files} files, ${MB(index.bytes)}; link manifest ${kB(manifest)}`);
		console.log(`  sidebar ${kB(share.sidebar)} of /en/${topicSlugs[2]}/ (${kB(share.page)})`);
		console.log(`  dist by kind: ${byKind(dist)}`);
		rows.push(
			`| ${n} | ${pages} | ${s(wall * 1000)} | ${s(astroOnly(p))} / ${s(p.previews)} / ${s(p.breaks)} / ${s(p.search)} / ${s(p.csp)} / ${s(p.offline)} | ${MB(rss)} | ${all.files} files, ${MB(all.bytes)} | ${kB(sw.length)} (${kB(gzipSync(sw, { level: 6 }).length)}) | ${web.firstVisit.mode}: ${web.firstVisit.requests} req., ${MB(web.firstVisit.bytes)} | ${kB(web.topicLoad)} | ${kB(web.search)} | ${MB(index.bytes)} | ${kB(manifest)} |`,
		);
	} finally {
		if (!values.keep && !values['generate-only']) rmSync(root, { recursive: true, force: true });
	}
}
console.log('\n| topics | pages | build (wall) | Astro / previews / phrase breaks / search index / CSP / offline | peak RSS | dist/ | sw.js (gzip) | first visit with the worker (gzip) | topic page first load | first search | search index | link manifest |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
