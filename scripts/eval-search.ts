// `npm run eval:search`: measures our search against Pagefind's default index of the same built
// site, in Chromium, on the query set in tests/search/queries.ts. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { queries, type EvalQuery } from '../tests/search/queries.ts';
import { extractPage } from '../src/search/extract.ts';
import { oracleText, relevantUrls } from '../tests/search/oracle.ts';
import { buildSearchIndex } from '../src/search/index-builder.ts';
import { loadGlossary } from '../src/data/load.ts';
import { isExcluded, isReference } from '../src/integrations/search-index.ts';

const DIST = 'dist';
const BASELINE = 'dist-baseline';

if (!process.argv.includes('--no-build')) execFileSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });

// The oracle: every indexed page's text, normalized as search normalizes it.
const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && e.name === 'index.html')
	.map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
	.filter((p) => !p.startsWith('pagefind/') && !isExcluded(p))
	.flatMap((p) => {
		const page = extractPage(readFileSync(join(DIST, p), 'utf8'));
		if (!page) return [];
		const text = [page.title, ...page.sections.flatMap((s) => [s.heading, s.text])].join('\n');
		return [{ url: '/' + p.replace(/index\.html$/, ''), lang: page.lang.startsWith('ja') ? ('ja' as const) : ('en' as const), text: oracleText(text) }];
	});
/** See tests/search/oracle.ts: whole-word phrase (plurals count) in English, substring in Japanese, whole figures. */
const relevant = (q: EvalQuery) => relevantUrls(q.contains ?? [q.q], q.lang, pages);

// Build times, measured the same way for both: the indexing step alone over the built site.
const glossary = loadGlossary(process.cwd()).map((t) => ({ ja: String(t.ja), en: String(t.en), aliases: (t.aliases as string[]) ?? [], jaVariants: (t.ja_variants as string[]) ?? [], enVariants: (t.en_variants as string[]) ?? [] }));
const ours = await buildSearchIndex({ dir: DIST, base: '/', glossary, exclude: isExcluded, isReference });
rmSync(BASELINE, { recursive: true, force: true });
cpSync(DIST, BASELINE, { recursive: true, filter: (src) => !src.includes(`${sep}pagefind`) });
const baselineStart = performance.now();
{
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind could not start an index');
	try {
		const added = await index.addDirectory({ path: BASELINE });
		if (added.errors.length) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath: join(BASELINE, 'pagefind') });
		if (written.errors.length) throw new Error(written.errors.join('\n'));
	} finally {
		await pagefind.close();
	}
}
const baselineMs = Math.round(performance.now() - baselineStart);
// The stock Pagefind API on the same Starlight search page of each language, rendering into the
// same list, so that both systems pay the same page and layout costs.
for (const lang of ['ja', 'en']) {
	const searchPage = readFileSync(join(BASELINE, lang === 'en' ? 'en/search/index.html' : 'search/index.html'), 'utf8');
	const harness = `<script type="module">
import * as pf from '/pagefind/pagefind.js';
window.runSearch = async (q) => {
	const t0 = performance.now();
	const r = await pf.search(q);
	const data = await Promise.all((r?.results ?? []).slice(0, 50).map((x) => x.data()));
	window.engineMs = performance.now() - t0;
	const list = document.querySelector('.kb-result-list');
	list.replaceChildren(...data.map((d) => {
		const li = document.createElement('li');
		const a = document.createElement('a'); a.href = d.url; a.textContent = d.meta.title;
		const p = document.createElement('p'); p.innerHTML = d.excerpt;
		li.append(a, p);
		for (const s of d.sub_results.slice(0, 3)) {
			const sa = document.createElement('a'); sa.href = s.url; sa.textContent = s.title;
			const sp = document.createElement('p'); sp.innerHTML = s.excerpt;
			li.append(sa, sp);
		}
		return li;
	}));
	return data.map((d) => d.url);
};
window.ready = true;
</script>`;
	mkdirSync(join(BASELINE, `eval-${lang}`), { recursive: true });
	// The page's security policy lists the hashes of its own inline scripts; the harness is not one.
	const withoutPolicy = searchPage.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	writeFileSync(join(BASELINE, `eval-${lang}`, 'index.html'), withoutPolicy.replace('</body>', `${harness}</body>`));
}

const served = { ours: await serveStatic(DIST), baseline: await serveStatic(BASELINE) };
const browser = await launchBrowser();
type System = keyof typeof served;

async function openSystem(system: System, lang: 'ja' | 'en'): Promise<Page> {
	const page = await browser.newPage();
	if (system === 'ours') await page.goto(`${served.ours.url}${lang === 'en' ? 'en/' : ''}search/`);
	else {
		await page.goto(`${served.baseline.url}eval-${lang}/`);
		await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
	}
	if (system === 'ours') await page.waitForSelector('[data-search-status="done"]');
	return page;
}

/**
 * Runs one query and returns result URLs in rank order, the time from query to rendered list, and
 * the engine's share of it (searching and loading the result fragments, before rendering).
 */
async function run(page: Page, system: System, q: string): Promise<{ urls: string[]; ms: number; engineMs: number; via?: string }> {
	if (system === 'baseline') {
		return page.evaluate(async (q) => {
			const w = window as unknown as { runSearch: (q: string) => Promise<string[]>; engineMs: number };
			const t = performance.now();
			const urls = await w.runSearch(q);
			return { urls, ms: performance.now() - t, engineMs: w.engineMs };
		}, q);
	}
	return page.evaluate(async (q) => {
		const box = document.querySelector<HTMLElement>('[data-search-status]')!;
		const input = document.querySelector<HTMLInputElement>('#kb-page-input')!;
		const t = performance.now();
		const done = new Promise<void>((resolve) => {
			const seen = { loading: false };
			const mo = new MutationObserver(() => {
				if (box.dataset.searchStatus === 'loading') seen.loading = true;
				if (seen.loading && box.dataset.searchStatus === 'done') {
					mo.disconnect();
					resolve();
				}
			});
			mo.observe(box, { attributes: true });
		});
		input.value = q;
		input.form!.requestSubmit();
		await done;
		const ms = performance.now() - t;
		const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? 0;
		const engineMs = last('kb-search:pagefind') + last('kb-search:fragments');
		performance.clearMeasures();
		const via = document.querySelector<HTMLElement>('[data-search-via]')?.dataset.searchVia ?? '';
		return { urls: [...document.querySelectorAll('[data-search-result]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname), ms, engineMs, via };
	}, q);
}

/** Bytes the browser downloads for the first search on a fresh page. */
async function firstSearchBytes(system: System, lang: 'ja' | 'en', q: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// From navigation on: the baseline page imports Pagefind on load, ours at the first search.
	const bodies: Buffer[] = [];
	page.on('response', async (r) => {
		if (r.url().includes('/pagefind/')) bodies.push(await r.body().catch(() => Buffer.alloc(0)));
	});
	if (system === 'ours') await page.goto(`${served.ours.url}${lang === 'en' ? 'en/' : ''}search/`);
	else await page.goto(`${served.baseline.url}eval-${lang}/`);
	await page.waitForLoadState('networkidle');
	if (system === 'baseline') await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready);
	await run(page, system, q);
	await page.waitForLoadState('networkidle');
	await context.close();
	const raw = bodies.reduce((a, b) => a + b.length, 0);
	return { raw, gzip: bodies.reduce((a, b) => a + gzipSync(b).length, 0), requests: bodies.length };
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));

const report: string[] = [];
/** Which source found each variant and typo query's answer (ours). */
const fixedBy: string[] = [];
const SOURCE_NAMES: Record<string, string> = { k: 'kuromoji dictionary', s: 'SudachiDict synonyms', g: 'glossary', r: 'katakana rule', t: 'typo correction', b: 'British/American spelling', j: 'compound form', reading: 'kuromoji readings' };
const viaNames = (via: string) => via.split(' ').map((v) => SOURCE_NAMES[v] ?? v).join(' + ');
const failures: string[] = [];
// Timing on a shared machine is noisy: both systems are open side by side, each query runs on both
// in alternating order, three times, and the fastest run counts.
const REPEATS = 3;
for (const lang of ['ja', 'en'] as const) {
	const set = queries.filter((q) => q.lang === lang);
	const systems: System[] = ['ours', 'baseline'];
	const pagesBySystem = { ours: await openSystem('ours', lang), baseline: await openSystem('baseline', lang) };
	for (const system of systems) await run(pagesBySystem[system], system, set[0].q); // warm-up
	const acc = Object.fromEntries(systems.map((s) => [s, { rp: [] as number[], recall: [] as number[], top1: [] as number[], times: [] as number[], engine: [] as number[], absentHits: 0, questionsTop3: 0, questions: 0, crossTop1: 0, cross: 0, figRp: [] as number[], figRecall: [] as number[], readRp: [] as number[], readTop1: [] as number[], meant: new Map<string, number[]>(), engineExisting: [] as number[] }]));
	for (const [i, q] of set.entries()) {
		const order = i % 2 ? [...systems].reverse() : systems;
		const answers: Partial<Record<System, { urls: string[]; ms: number; engineMs: number; via?: string }>> = {};
		for (let r = 0; r < REPEATS; r++) {
			for (const system of order) {
				const a = await run(pagesBySystem[system], system, q.q);
				const best = answers[system];
				answers[system] = best ? { ...a, ms: Math.min(best.ms, a.ms), engineMs: Math.min(best.engineMs, a.engineMs) } : a;
			}
		}
		for (const system of systems) {
			const { urls, ms, engineMs, via } = answers[system]!;
			const m = acc[system];
			m.times.push(ms);
			m.engine.push(engineMs);
			if (q.kind !== 'variant' && q.kind !== 'typo') m.engineExisting.push(engineMs);
			if (q.kind === 'variant' || q.kind === 'typo') {
				const rel = relevant(q);
				if (!rel.size) { failures.push(`${lang} ${q.kind} "${q.q}": ${q.contains} appears on no page`); continue; }
				const rp = urls.slice(0, rel.size).filter((u) => rel.has(u)).length / rel.size;
				for (const key of [q.kind, `${q.kind}: ${q.group}`]) (m.meant.get(key) ?? m.meant.set(key, []).get(key)!).push(rp);
				if (system === 'ours') {
					fixedBy.push(`${lang} ${q.kind} ${q.group.padEnd(28)} ${q.q.padEnd(26)} → ${q.contains} · ${via ? viaNames(via) : 'literal search'} · R-precision ${f(rp)}`);
					if (rp < 1) failures.push(`ours ${lang} ${q.kind} "${q.q}" (${q.contains}): R-precision ${f(rp)}; missing ${[...rel].filter((u) => !urls.includes(u)).join(' ') || '-'}; extra ${urls.filter((u) => !rel.has(u)).join(' ') || '-'}`);
				}
			} else if (q.kind === 'term' || q.kind === 'reading') {
				const rel = relevant(q);
				if (!rel.size) { failures.push(`${lang} term "${q.q}" appears on no page: move it to the absent terms`); continue; }
				const r = rel.size;
				const rp = urls.slice(0, r).filter((u) => rel.has(u)).length / r;
				const recall = urls.filter((u) => rel.has(u)).length / r;
				const top1 = urls.length && rel.has(urls[0]) ? 1 : 0;
				if (q.kind === 'reading') {
					m.readRp.push(rp);
					m.readTop1.push(top1);
				} else if (q.group === 'figure') {
					m.figRp.push(rp);
					m.figRecall.push(recall);
				} else {
					m.rp.push(rp);
					m.recall.push(recall);
					m.top1.push(top1);
				}
				if (system === 'ours' && (rp < 1 || recall < 1)) {
					failures.push(`ours ${lang} "${q.q}": R-precision ${f(rp)}, recall ${f(recall)}; missing ${[...rel].filter((u) => !urls.includes(u)).join(' ') || '-'}; extra ${urls.filter((u) => !rel.has(u)).join(' ') || '-'}`);
				}
			} else if (q.kind === 'absent') {
				if (relevant(q).size) failures.push(`${lang} absent term "${q.q}" is on a page`);
				m.absentHits += urls.length;
				if (system === 'ours' && urls.length) failures.push(`ours ${lang} absent "${q.q}" returned ${urls.join(' ')}`);
			} else if (q.kind === 'question') {
				m.questions++;
				if (urls.slice(0, 3).includes(q.expect!)) m.questionsTop3++;
				else if (system === 'ours') failures.push(`ours ${lang} question "${q.q}": ${q.expect} not in top 3 (${urls.slice(0, 3).join(' ')})`);
			} else {
				m.cross++;
				if (urls[0] === q.expect) m.crossTop1++;
				else if (system === 'ours') failures.push(`ours ${lang} cross-language "${q.q}": first is ${urls[0]}, not ${q.expect}`);
			}
		}
	}
	for (const system of systems) await pagesBySystem[system].close();
	const figures = {} as Record<System, Record<string, string>>;
	for (const system of systems) {
		const m = acc[system];
		const bytes = await firstSearchBytes(system, lang, lang === 'ja' ? '概念注入' : 'concept injection');
		figures[system] = {
			'R-precision (terms)': f(mean(m.rp)),
			'recall (terms)': f(mean(m.recall)),
			'top-1 (terms)': f(mean(m.top1)),
			'hits for absent terms': String(m.absentHits),
			'questions answered in top 3': `${m.questionsTop3}/${m.questions}`,
			'cross-language top-1': `${m.crossTop1}/${m.cross}`,
			'figures: R-precision': f(mean(m.figRp)),
			'figures: recall': f(mean(m.figRecall)),
			'readings: R-precision': f(mean(m.readRp)),
			'readings: top-1': f(mean(m.readTop1)),
			...Object.fromEntries(['variant', 'typo'].flatMap((kind) => [...m.meant.keys()].filter((k) => k === kind || k.startsWith(`${kind}:`)).sort().map((k) => [`${k}: R-precision`, f(mean(m.meant.get(k)!))]))),
			'first search: bytes (raw / gzip)': `${bytes.raw} / ${bytes.gzip}`,
			'first search: requests': String(bytes.requests),
			'median query latency, engine (ms)': median(m.engine).toFixed(1),
			'median query latency, to page (ms)': median(m.times).toFixed(1),
			// The variant and typo sets are misses by design: ours searches twice (as typed, then as meant).
			'median engine latency, sets before variants (ms)': median(m.engineExisting).toFixed(1),
			'queries (terms, figures, readings scored)': `${set.length} (${m.rp.length}, ${m.figRp.length}, ${m.readRp.length})`,
		};
	}
	report.push(`\n${lang === 'ja' ? 'Japanese' : 'English'} (${set.length} queries)`);
	report.push(`${'figure'.padEnd(44)}${'ours'.padStart(18)}${'baseline'.padStart(18)}`);
	for (const key of Object.keys(figures.ours)) report.push(`${key.padEnd(44)}${figures.ours[key].padStart(18)}${figures.baseline[key].padStart(18)}`);
	const ratio = (key: string, pick: (v: string) => number) => (pick(figures.ours[key]) / pick(figures.baseline[key])).toFixed(2);
	report.push(`${'first search gzip bytes, ours / baseline'.padEnd(44)}${ratio('first search: bytes (raw / gzip)', (v) => Number(v.split(' / ')[1])).padStart(18)}`);
	report.push(`${'median engine latency, ours / baseline'.padEnd(44)}${ratio('median query latency, engine (ms)', Number).padStart(18)}`);
	report.push(`${'… on the sets before variants, ours / baseline'.padEnd(44)}${ratio('median engine latency, sets before variants (ms)', Number).padStart(18)}`);
}
report.push(`\nindex build: ours ${ours.ms} ms (kuromoji + Pagefind, ${ours.pages} pages, lexicon ${ours.lexiconWords} words / ${ours.lexiconBytes} bytes gzip, readings ${ours.readingsBytes} bytes gzip, loaded only for kana queries that need them), baseline Pagefind ${baselineMs} ms`);
if ('variantsBytes' in ours) {
	report.push(`lexicons, gzip bytes: Japanese ${ours.lexiconBytes}, English ${ours.englishLexiconBytes}, readings ${ours.readingsBytes}; spelling tables (fetched only after a search that found nothing) Japanese ${ours.variantsBytes.ja}, English ${ours.variantsBytes.en}; table entries by source: ${Object.entries(ours.variantCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
report.push(`\nvariant and typo queries, what found their answer (ours):\n${fixedBy.join('\n')}`);
console.log(report.join('\n'));
if (failures.length) console.log(`\nwhere ours missed:\n${[...new Set(failures)].join('\n')}`);
await browser.close();
await served.ours.close();
await served.baseline.close();
