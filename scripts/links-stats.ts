// `npm run stats:links`: what the link manifest holds, and how long the build's preview images and
// QR codes take to make (the same functions the build calls, timed here, outside Astro).
import { performance } from 'node:perf_hooks';
import { langs, localePath } from '../src/config/locales.ts';
import { topicSlugs } from '../src/config/topics.ts';
import { loadLinks } from '../src/links/index.ts';
import { renderPreview } from '../src/links/preview-image.ts';
import { qrSvg } from '../src/links/qr.ts';
import { deployment } from '../src/config/site.ts';

const { site: SITE, base: BASE } = deployment();
const root = new URL(BASE, SITE).href;
// Same as astro.config.mjs; only the text length matters for timing.
const siteTitle = { ja: 'LLMの心理と安全性 知識ベース', en: 'LLM Psychology & Safety Knowledge Base' } as const;

const { pages, manifest } = loadLinks(process.cwd());
const entries = Object.values(manifest.pages);
const anchors = entries.reduce((n, e) => n + Object.keys(e.anchors).length, 0);
const codes = entries.length + anchors;
console.log(`link manifest: ${entries.length} pages (${entries.reduce((n, e) => n + e.urls.length, 0)} URLs), ${anchors} section anchors, ${codes} short codes → ${codes * langs.length} short-link pages (${langs.join(', ')}); ${Object.keys(manifest.moved).length} moved, ${Object.keys(manifest.retired).length} retired`);

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

let t = performance.now();
const [first, ...rest] = pages;
const draw = (p: (typeof pages)[number]) =>
	renderPreview({ title: String(p.frontmatter.title), siteTitle: siteTitle[p.lang], lang: p.lang, address: `${root}${p.url.slice(1)}`.replace(/^https?:\/\//, '') });
await draw(first);
const firstTime = ms(t);
t = performance.now();
for (const p of rest) await draw(p);
const restTime = performance.now() - t;
console.log(`preview images: ${pages.length} PNGs 1200×630; first ${firstTime} (loads the Japanese font), then ${(restTime / rest.length).toFixed(0)} ms each, ${restTime.toFixed(0)} ms for ${rest.length}`);

// Slide kits show a QR code per section of every topic, in every language.
const topicEntries = topicSlugs.map((slug) => manifest.pages[localePath('ja', slug)]).filter(Boolean);
const qrCodes = topicEntries.flatMap((e) => [e.code, ...Object.values(e.anchors)]).flatMap((code) => langs.map((lang) => `${root}${localePath(lang, `s/${code}`).slice(1)}`));
t = performance.now();
let bytes = 0;
for (const url of qrCodes) bytes += (await qrSvg(url)).length;
const qrTime = performance.now() - t;
console.log(`QR codes: ${qrCodes.length} SVGs in ${qrTime.toFixed(0)} ms (${(qrTime / qrCodes.length).toFixed(2)} ms each), ${(bytes / qrCodes.length / 1024).toFixed(1)} KiB each on average`);
