// 1200×630 link-preview images (og:image), drawn by satori and rasterised by resvg at build time.
// The Japanese font comes from the npm registry (@expo-google-fonts/noto-sans-jp), read from
// node_modules: no webfont service, so the build never reaches the network and Japanese is not tofu.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { Lang } from '../config/locales.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The image's path for a page, without base: `/og/en/introspection.png`, `/og/ja/index.png`. */
export const previewPath = (lang: Lang, slug: string) => `/og/${lang}/${slug || 'index'}.png`;

export interface Preview {
	/** The page title, in the page's language. */
	title: string;
	/** The site title, in the page's language. */
	siteTitle: string;
	lang: Lang;
	/** The page's address as shown under the title: host and path, no scheme. */
	address: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/noto-sans-jp/${weight}/NotoSansJP_${weight}.ttf`);

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;
function loadFonts(): Font[] {
	fonts ??= [
		{ name: 'Noto Sans JP', data: readFileSync(fontFile('400Regular')), weight: 400, style: 'normal' },
		{ name: 'Noto Sans JP', data: readFileSync(fontFile('700Bold')), weight: 700, style: 'normal' },
	];
	return fonts;
}

/** Full-width characters take about twice the room of Latin ones; size the title to fit 3 lines. */
function titleSize(title: string): number {
	const width = [...title].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1.1), 0);
	return width <= 32 ? 80 : width <= 56 ? 66 : width <= 90 ? 54 : 44;
}

const h = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

export async function renderPreview({ title, siteTitle, lang, address }: Preview): Promise<Buffer> {
	const tree = h(
		'div',
		{ width: '100%', height: '100%', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px', background: '#15171c', color: '#f4f5f8', fontFamily: 'Noto Sans JP', borderTop: '16px solid #8c9cff' },
		[
			h('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#b7c0ff' }, [h('div', {}, siteTitle), h('div', { color: '#8a90a0' }, lang === 'ja' ? '日本語' : 'English')]),
			h('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.3, maxHeight: 420, overflow: 'hidden' }, title),
			h('div', { display: 'flex', fontSize: 28, color: '#a4aab8' }, address),
		],
	);
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
