import { afterEach, expect, test, vi } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview } from '../../src/links/preview-image.ts';
import { qrSvg } from '../../src/links/qr.ts';

afterEach(() => vi.unstubAllGlobals());

test('a preview image is a 1200×630 PNG drawn without any network access', async () => {
	vi.stubGlobal('fetch', () => {
		throw new Error('the preview image tried to reach the network');
	});
	const png = PNG.sync.read(await renderPreview({ title: '内省と概念注入', siteTitle: 'LLMの心理と安全性 知識ベース', lang: 'ja', address: 'user.github.io/kb/introspection/' }));
	expect([png.width, png.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
});

test('Japanese titles are drawn with glyphs, not tofu boxes', async () => {
	// Tofu boxes all look alike: two different titles of the same length would give the same pixels.
	const draw = async (title: string) => PNG.sync.read(await renderPreview({ title, siteTitle: 'x', lang: 'ja', address: 'x' })).data;
	const [a, b] = await Promise.all([draw('内省と概念注入'), draw('機能的な感情論')]);
	expect(Buffer.compare(a, b)).not.toBe(0);
});

test('a QR code decodes to the URL it was made for', async () => {
	const url = 'https://user.github.io/kb/en/s/k7x/';
	const raster = PNG.sync.read(new Resvg(await qrSvg(url), { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render().asPng());
	expect(jsQR(new Uint8ClampedArray(raster.data), raster.width, raster.height)?.data).toBe(url);
});
