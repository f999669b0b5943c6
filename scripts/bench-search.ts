// `npm run bench:search`: how the search's cost grows with the site. Builds synthetic sites of 100
// and 1,000 Japanese pages made from the source texts (inside a copy of the built site, so the real
// search page and its scripts are used), indexes them, and times a first query in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { buildSearchIndex } from '../src/search/index-builder.ts';
import { isExcluded, isReference } from '../src/integrations/search-index.ts';

const SOURCES = process.env.KB_SOURCES ?? '../shared/sources';
if (!existsSync(SOURCES)) throw new Error(`bench:search needs the source texts at ${SOURCES} (set KB_SOURCES)`);
if (!existsSync('dist/search/index.html') || !process.argv.includes('--no-build')) {
	execFileSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const paragraphs = readdirSync(SOURCES)
	.filter((f) => f.endsWith('.txt'))
	.flatMap((f) => readFileSync(join(SOURCES, f), 'utf8').split(/\n\s*\n/))
	.map((p) => p.replace(/\s+/g, ' ').trim())
	.filter((p) => /[\p{Script=Han}\p{Script=Hiragana}]/u.test(p) && p.length > 40);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(i: number): string {
	const take = (k: number) => paragraphs[(i * 7 + k * 13) % paragraphs.length];
	const sections = [0, 1, 2].map((s) => `<h2 id="section-${s}">${escape(take(s * 3).slice(0, 24))}</h2><p>${escape(take(s * 3 + 1))}</p><p>${escape(take(s * 3 + 2))}</p>`);
	return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>合成ページ ${i}</title></head><body><main>`
		+ `<h1>合成ページ ${i}</h1><div class="sl-markdown-content"><p>${escape(take(9))}</p>${sections.join('')}</div></main></body></html>`;
}

const dirSize = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

const rows: string[] = [];
const browser = await launchBrowser();
for (const n of [100, 1000]) {
	const dir = `dist-bench-${n}`;
	rmSync(dir, { recursive: true, force: true });
	cpSync('dist', dir, { recursive: true, filter: (src) => !src.includes('pagefind') });
	// Only the synthetic pages are indexed: the real ones are removed from the copy.
	for (const e of readdirSync(dir)) if (!['_astro', 'search', 'favicon.svg', 'pagefind'].includes(e)) rmSync(join(dir, e), { recursive: true, force: true });
	for (let i = 0; i < n; i++) {
		mkdirSync(join(dir, 'bench', `page-${i}`), { recursive: true });
		writeFileSync(join(dir, 'bench', `page-${i}`, 'index.html'), page(i));
	}
	const stats = await buildSearchIndex({ dir, base: '/', glossary: [], exclude: isExcluded, isReference });
	const served = await serveStatic(dir);
	const context = await browser.newContext();
	const p = await context.newPage();
	let bytes = 0;
	p.on('response', async (r) => {
		if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
	});
	const started = Date.now();
	await p.goto(`${served.url}search/?q=${encodeURIComponent('大規模言語モデル')}`);
	await p.waitForSelector('[data-search-status="done"]');
	const firstQueryMs = Date.now() - started;
	const hits = await p.locator('[data-search-result]').count();
	await context.close();
	await served.close();
	rows.push(
		`${String(n).padStart(5)} pages | build ${String(stats.ms).padStart(6)} ms | ${String(Math.round(stats.japaneseTokens / (stats.ms / 1000))).padStart(7)} tokens/s`
			+ ` | ${String(stats.japaneseTokens).padStart(8)} tokens | index ${String(dirSize(join(dir, 'pagefind'))).padStart(9)} B`
			+ ` | lexicon ${String(stats.lexiconBytes).padStart(7)} B gz | first query ${String(bytes).padStart(8)} B, ${String(firstQueryMs).padStart(5)} ms (page load included), ${hits} results shown`,
	);
	rmSync(dir, { recursive: true, force: true });
}
await browser.close();
console.log(rows.join('\n'));
