// Build time: a QR code as its modules, packed for the page (about 120 characters for a short link),
// so the browser can draw it as SVG or as a large PNG without shipping a QR encoder. The same
// encoder and level as the slide kit's SVGs (src/links/qr.ts), so both show the same code.
import QRCode from 'qrcode';

/** `<size>:<base64 of the modules, row by row, one bit each, first module in the high bit>`. */
export function qrBits(text: string): string {
	const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
	const bytes = new Uint8Array(Math.ceil((size * size) / 8));
	for (let i = 0; i < size * size; i++) if (data[i]) bytes[i >> 3] |= 0x80 >> (i & 7);
	return `${size}:${Buffer.from(bytes).toString('base64')}`;
}
