// Prints each page's prose length: characters (without spaces) for Japanese, words for English.
// Tables, headings, imports and link URLs are not counted, so the figure is the prose a reader reads.
import { readPages } from '../src/content-checks/read-pages.ts';

const pages = readPages(process.cwd());
const prose = (src: string) =>
	src
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^(#{1,6} .*|\|.*|import .*|<.*)$/gm, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[*_`[\]>]/g, '');
const rows = pages.map((p) => {
	const text = prose(p.source);
	const measure = p.lang === 'ja' ? [...text.replace(/\s/g, '')].length : text.split(/\s+/).filter((w) => /\w/.test(w)).length;
	return { page: p.url, lang: p.lang, measure };
});
for (const r of rows) console.log(`${r.page.padEnd(32)} ${r.lang === 'ja' ? `${r.measure} characters` : `${r.measure} words`}`);
for (const lang of ['ja', 'en'] as const) {
	const mine = rows.filter((r) => r.lang === lang);
	console.log(`${lang}: ${mine.length} pages, ${mine.reduce((a, r) => a + r.measure, 0)} ${lang === 'ja' ? 'characters' : 'words'} in all`);
}
