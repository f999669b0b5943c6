import { expect, test } from 'vitest';
import { inflateSync } from 'node:zlib';
import { drawIcon, iconFiles, renderIcons } from '../../src/offline/icons.ts';
import { manifestPath, webManifest } from '../../src/offline/web-manifest.ts';

/** Width, height and decoded RGBA rows (filter bytes removed) of one of our PNGs. */
function decodePng(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const idat = png.indexOf('IDAT');
	const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
	return { width, height, raw };
}

test('every icon is a PNG of its declared size', () => {
	for (const [path, png] of renderIcons()) {
		const { width, height, raw } = decodePng(png);
		const { size } = iconFiles[path as keyof typeof iconFiles];
		expect([width, height]).toEqual([size, size]);
		expect(raw.length).toBe(size * (size * 4 + 1));
	}
});

test('the regular icon has transparent corners and the maskable one none', () => {
	const alpha = (pixels: Uint8Array, size: number, x: number, y: number) => pixels[(y * size + x) * 4 + 3];
	expect(alpha(drawIcon(192), 192, 0, 0)).toBe(0);
	expect(alpha(drawIcon(192), 192, 96, 96)).toBe(255);
	const maskable = drawIcon(192, true);
	expect(Array.from({ length: 192 * 192 }, (_, i) => maskable[i * 4 + 3]).every((a) => a === 255)).toBe(true);
});

test('each language has its own manifest, starting at its home page and covering the whole site', () => {
	expect(manifestPath('ja')).toBe('manifest.webmanifest');
	expect(manifestPath('en')).toBe('en/manifest.webmanifest');
	const en = webManifest('en', '/kb/');
	expect([en.lang, en.start_url, en.scope, en.id]).toEqual(['en', '/kb/en/', '/kb/', '/kb/en/']);
	expect(webManifest('ja', '/kb/').start_url).toBe('/kb/');
});

test('the manifest offers the 192 and 512 pixel icons browsers require to install', () => {
	const icons = webManifest('ja', '/').icons;
	expect(icons.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
	expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
	for (const icon of icons) expect(Object.keys(iconFiles)).toContain(icon.src.slice(1));
});
