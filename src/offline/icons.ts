// Build time: the app icons an installed site needs, drawn from the favicon's shapes (public/favicon.svg:
// a rounded square with a ring and a bar) at any size and written as PNG, so no binary file is kept in git.
import { crc32, deflateSync } from 'node:zlib';

/** The favicon's colour; the icons and the web manifest's theme colour match it. */
export const BRAND = '#3b4cca';

const [R, G, B] = [1, 3, 5].map((i) => parseInt(BRAND.slice(i, i + 2), 16));

// Signed distances in the favicon's 32×32 units: negative inside a shape.
const length = (x: number, y: number) => Math.hypot(x, y);
function roundedSquare(u: number, v: number, radius: number): number {
	const qx = Math.abs(u - 16) - (16 - radius);
	const qy = Math.abs(v - 16) - (16 - radius);
	return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
const ring = (u: number, v: number) => Math.abs(length(u - 16, v - 14) - 7) - 1.25;
const bar = (u: number, v: number) => length(u - Math.min(Math.max(u, 11), 21), v - 25) - 1.25;

/**
 * RGBA pixels of the icon. `maskable` fills the whole square (platforms cut their own shape out of
 * it); the ring and bar already sit inside the central safe zone such icons require.
 */
export function drawIcon(size: number, maskable = false): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	const scale = size / 32;
	// Distance in pixels to coverage of a pixel, for smooth edges.
	const cover = (d: number) => Math.min(Math.max(0.5 - d * scale, 0), 1);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const u = (x + 0.5) / scale;
			const v = (y + 0.5) / scale;
			const background = maskable ? 1 : cover(roundedSquare(u, v, 6));
			const mark = Math.min(cover(Math.min(ring(u, v), bar(u, v))), background);
			const i = (y * size + x) * 4;
			pixels[i] = Math.round(R + (255 - R) * (mark / (background || 1)));
			pixels[i + 1] = Math.round(G + (255 - G) * (mark / (background || 1)));
			pixels[i + 2] = Math.round(B + (255 - B) * (mark / (background || 1)));
			pixels[i + 3] = Math.round(background * 255);
		}
	}
	return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of square RGBA pixels. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', new Uint8Array()),
	]);
}

/** Safari's home-screen icon; iOS rounds the corners itself and shows transparency as black. */
export const APPLE_TOUCH_ICON = 'icons/apple-touch-icon.png';

/** The icon files, by path under the site root. */
export const iconFiles = {
	'icons/icon-192.png': { size: 192, maskable: false },
	'icons/icon-512.png': { size: 512, maskable: false },
	'icons/icon-maskable-512.png': { size: 512, maskable: true },
	[APPLE_TOUCH_ICON]: { size: 180, maskable: true },
} as const;

export function renderIcons(): Map<string, Buffer> {
	return new Map(Object.entries(iconFiles).map(([path, { size, maskable }]) => [path, encodePng(drawIcon(size, maskable), size)]));
}
