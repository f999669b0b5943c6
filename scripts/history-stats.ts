// `npm run stats:history`: what section history costs. Reads the built dist/ and prints, per topic
// page, the gzip bytes its history markup adds (page date, section lines, notices, citations JSON,
// citation tags, feed links), and the time to read this repository's history (median of 5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { langs, localePath } from '../src/config/locales.ts';
import { topicSlugs } from '../src/config/topics.ts';
import { loadHistory } from '../src/history/site.ts';

const gz = (s: string) => gzipSync(s, { level: 6 }).length;
/** The page as it would be without the history features. */
const strip = (h: string) =>
	h
		.replace(/<p class="kb-(page|section)-date"[\s\S]*?<\/p>/g, '')
		.replace(/<p class="kb-lag-notice"[\s\S]*?<\/p>/g, '')
		.replace(/<script type="application\/json" id="kb-citations">[\s\S]*?<\/script>/, '')
		.replace(/<meta name="citation_[^>]*>/g, '')
		.replace(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/g, '');

console.log('page                         gzip bytes  of which history  (citations JSON)');
for (const slug of topicSlugs) {
	for (const lang of langs) {
		const path = localePath(lang, slug);
		const h = readFileSync(join('dist', path, 'index.html'), 'utf8');
		const json = h.match(/<script type="application\/json" id="kb-citations">[\s\S]*?<\/script>/)?.[0] ?? '';
		const withoutJson = h.replace(json, '');
		console.log(`${path.padEnd(28)} ${String(gz(h)).padStart(10)}  ${String(gz(h) - gz(strip(h))).padStart(16)}  ${String(gz(h) - gz(withoutJson)).padStart(16)}`);
	}
}
const times: number[] = [];
let last;
for (let i = 0; i < 5; i++) {
	last = loadHistory();
	times.push(last.ms);
}
times.sort((a, b) => a - b);
console.log(last?.known ? `history: ${last.commits} commits, ${last.files} content files, ${Math.round(times[2])} ms (median of 5)` : `history unknown: ${last?.reason}`);
