// `npm run stats:reading` (after a build): term links and cards on each topic page in dist/, and
// what they cost: the page's gzip bytes as built against the same page with the term links
// unwrapped and the cards removed; with `--before=DIR`, also against another build's page.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { langs, localePath } from '../src/config/locales.ts';
import { topicSlugs } from '../src/config/topics.ts';

if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first: the figures are taken from dist/');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const gz = (s: string | Buffer) => gzipSync(s, { level: 6 }).length;

/** The page as it would be without term cards: the card block cut out, term links unwrapped. */
function withoutCards(html: string): string {
	const start = html.indexOf('<div class="term-cards"');
	let out = html;
	if (start >= 0) {
		let depth = 0;
		const tags = /<\/?div\b/g;
		tags.lastIndex = start;
		for (let m = tags.exec(html); m; m = tags.exec(html)) {
			depth += m[0] === '<div' ? 1 : -1;
			if (depth === 0) {
				out = html.slice(0, start) + html.slice(m.index + '</div>'.length);
				break;
			}
		}
	}
	return out.replace(/<a href="[^"]*" class="term-link"[^>]*>([^<]*)<\/a>/g, '$1');
}

// `--before=DIR`: a build of the site without these features (main), for the whole difference.
const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);

const totals = Object.fromEntries(langs.map((l) => [l, { links: 0, pages: 0 }]));
const deltas: number[] = [];
const wholeDeltas: number[] = [];
for (const lang of langs) {
	for (const slug of topicSlugs) {
		const html = readFileSync(join('dist', localePath(lang, slug), 'index.html'), 'utf8');
		const links = html.match(/class="term-link"/g)?.length ?? 0;
		const cards = html.match(/data-term-card="/g)?.length ?? 0;
		const plain = withoutCards(html);
		if (plain.includes('data-term-card=') || plain.includes('class="term-link"')) throw new Error(`${localePath(lang, slug)}: could not strip the term markup to compare`);
		const delta = gz(html) - gz(plain);
		deltas.push(delta);
		totals[lang].links += links;
		totals[lang].pages++;
		const old = before && existsSync(join(before, localePath(lang, slug), 'index.html')) ? gz(readFileSync(join(before, localePath(lang, slug), 'index.html'))) : undefined;
		if (old !== undefined) wholeDeltas.push(gz(html) - old);
		console.log(`${localePath(lang, slug).padEnd(30)} ${String(links).padStart(3)} term links, ${String(cards).padStart(3)} cards, ${gz(html)} B gzip: +${delta} B for term links and cards${old === undefined ? '' : `, +${gz(html) - old} B against ${before}`}`);
	}
}
for (const lang of langs) console.log(`${lang}: ${totals[lang].links} term links on ${totals[lang].pages} topic pages`);
console.log(`added gzip bytes per topic page (HTML): min ${Math.min(...deltas)}, median ${median(deltas)}, max ${Math.max(...deltas)}`);

if (wholeDeltas.length) console.log(`added gzip bytes per topic page against ${before} (cards, the side-by-side link, the card script Astro inlines): min ${Math.min(...wholeDeltas)}, median ${median(wholeDeltas)}, max ${Math.max(...wholeDeltas)}`);
