// A QR code as its modules, packed (about 120 characters for a short link), so a page can draw it as
// SVG or as a large PNG (qr-draw.ts). The same encoder and level as the slide kit's SVGs
// (src/links/qr.ts), so both show the same code. Runs at build time (slide kits) and in the browser
// (a topic page's section panel loads it when first opened: computing a code there costs one 8 kB
// script for the whole site instead of about 2 kB of packed codes in every topic page).
// qrcode's core only: its package entry would bring its canvas and SVG renderers to the browser.
import { create } from 'qrcode/lib/core/qrcode.js';

/** `<size>:<base64 of the modules, row by row, one bit each, first module in the high bit>`. */
export function qrBits(text: string): string {
	const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
	const bytes = new Uint8Array(Math.ceil((size * size) / 8));
	for (let i = 0; i < size * size; i++) if (data[i]) bytes[i >> 3] |= 0x80 >> (i & 7);
	return `${size}:${btoa(String.fromCharCode(...bytes))}`;
}
