// `npm run stats:content` (after a build): each page's prose as a reader sees it in dist/,
// in characters without spaces for Japanese and words for English, and the totals per language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPages } from '../src/content-checks/read-pages.ts';
import { extractPage } from '../src/search/extract.ts';

if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first: the figures are taken from dist/');
const rows = readPages(process.cwd()).map((p) => {
	const page = extractPage(readFileSync(join('dist', p.url, 'index.html'), 'utf8'));
	const text = (page?.sections ?? []).map((s) => `${s.heading}\n${s.text}`).join('\n');
	const measure = p.lang === 'ja' ? [...text.replace(/\s/g, '')].length : text.split(/\s+/).filter((w) => /\w/.test(w)).length;
	return { url: p.url, lang: p.lang, measure };
});
for (const r of rows) console.log(`${r.url.padEnd(32)} ${r.measure} ${r.lang === 'ja' ? 'characters' : 'words'}`);
for (const lang of ['ja', 'en'] as const) {
	const mine = rows.filter((r) => r.lang === lang);
	console.log(`${lang}: ${mine.length} pages, ${mine.reduce((a, r) => a + r.measure, 0)} ${lang === 'ja' ? 'characters' : 'words'} in all, shortest ${Math.min(...mine.map((r) => r.measure))}`);
}
