// `npm run bench:budget`: what each page type costs a reader on first load, before any search —
// bytes transferred (gzip, as a host would send them), requests — and Lighthouse's mobile scores,
// run with the system Chromium. Prints figures and the goal each is held to; asserts nothing.
// Options: --no-build (use the current dist/), --no-lighthouse, --runs=N (Lighthouse runs per page,
// default 3: the median run is reported, since performance varies with the load on the machine).
import { execFileSync } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchBrowser, CHROMIUM } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { topicSlugs } from '../src/config/topics.ts';
import { localePath, langs, type Lang } from '../src/config/locales.ts';

const TOPIC_GOAL_BYTES = 60 * 1024;
const SCORE_GOAL = 100;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);

if (!process.argv.includes('--no-build')) execFileSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const served = await serveStatic('dist', '/', { gzip: true });
const url = (path: string) => new URL(path.slice(1), served.url).href;

interface Load { path: string; requests: number; bodyBytes: number; wireBytes: number; byType: Record<string, number> }

/** One cold load in a fresh profile, until the network is idle; no key is pressed, nothing focused. */
async function firstLoad(path: string): Promise<Load> {
	const browser = await launchBrowser();
	const page = await browser.newPage();
	const finished: Promise<void>[] = [];
	const load: Load = { path, requests: 0, bodyBytes: 0, wireBytes: 0, byType: {} };
	page.on('requestfinished', (request) => {
		finished.push(
			request.sizes().then((sizes) => {
				const type = request.resourceType();
				load.requests += 1;
				load.bodyBytes += sizes.responseBodySize;
				load.wireBytes += sizes.responseBodySize + sizes.responseHeadersSize;
				load.byType[type] = (load.byType[type] ?? 0) + sizes.responseBodySize;
			}),
		);
	});
	await page.goto(url(path), { waitUntil: 'networkidle' });
	await Promise.all(finished);
	await browser.close();
	return load;
}

const pageTypes = (lang: Lang) => [
	{ type: 'home', paths: [localePath(lang)] },
	{ type: 'topic', paths: topicSlugs.map((slug) => localePath(lang, slug)) },
	{ type: 'glossary', paths: [localePath(lang, 'glossary')] },
	{ type: 'search', paths: [localePath(lang, 'search')] },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('First load before any search (gzip level 6, fresh cache, until the network is idle)\n');
console.log(['page type', 'lang', 'page', 'requests', 'body (gzip)', 'with headers', 'html / css / js / other'].join(' | '));
const heaviest: Record<string, Load> = {};
for (const lang of langs) {
	for (const { type, paths } of pageTypes(lang)) {
		const loads = [];
		for (const path of paths) loads.push(await firstLoad(path));
		const worst = loads.reduce((a, b) => (b.bodyBytes > a.bodyBytes ? b : a));
		heaviest[`${type}:${lang}`] = worst;
		const t = worst.byType;
		const other = worst.bodyBytes - (t.document ?? 0) - (t.stylesheet ?? 0) - (t.script ?? 0);
		const label = paths.length > 1 ? `${worst.path} (heaviest of ${paths.length})` : worst.path;
		console.log([type, lang, label, worst.requests, kb(worst.bodyBytes), kb(worst.wireBytes), [t.document ?? 0, t.stylesheet ?? 0, t.script ?? 0, other].map(kb).join(' / ')].join(' | '));
	}
}
const topicWorst = Math.max(...langs.map((l) => heaviest[`topic:${l}`].wireBytes));
console.log(`\nGoal: a topic page under ${kb(TOPIC_GOAL_BYTES)} transferred before search: heaviest is ${kb(topicWorst)} with headers — ${topicWorst < TOPIC_GOAL_BYTES ? 'met' : 'NOT met'}`);

if (!process.argv.includes('--no-lighthouse')) {
	console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile (simulated throttling), ${CHROMIUM}\n`);
	console.log(`${runs} runs per page; the run with the median performance score is shown, with the range and`);
	console.log("Lighthouse's benchmark index of this machine during that run (lower means a busier CPU).\n");
	console.log(['page type', 'lang', 'page', ...categories, 'performance range', 'benchmark index', 'below goal'].join(' | '));
	const chrome = await launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		for (const lang of langs) {
			for (const { type } of pageTypes(lang)) {
				const path = heaviest[`${type}:${lang}`].path;
				const reports = [];
				for (let i = 0; i < runs; i++) {
					const result = await lighthouse(url(path), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
					reports.push(result!.lhr);
				}
				const score = (lhr: (typeof reports)[number], c: string) => Math.round((lhr.categories[c].score ?? 0) * 100);
				reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
				const lhr = reports[Math.floor(reports.length / 2)];
				const scores = categories.map((c) => score(lhr, c));
				// Why a score falls short: the audits of that category that did not pass, worst first.
				const shortfalls = categories.flatMap((c, i) =>
					scores[i] >= SCORE_GOAL
						? []
						: lhr.categories[c].auditRefs
								.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
								.sort((a, b) => (lhr.audits[a.id].score ?? 1) - (lhr.audits[b.id].score ?? 1))
								.slice(0, 4)
								.map((ref) => `${c}: ${ref.id}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`),
				);
				const range = `${score(reports[0], 'performance')}–${score(reports.at(-1)!, 'performance')}`;
				console.log([type, lang, path, ...scores, range, Math.round(lhr.environment.benchmarkIndex), shortfalls.join('; ') || '—'].join(' | '));
			}
		}
	} finally {
		chrome.kill();
	}
}
await served.close();
