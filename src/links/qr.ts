// QR codes as SVG, made at build time by the `qrcode` package: no external service, and the vector
// stays sharp at any size on a slide or in print.
import QRCode from 'qrcode';

/**
 * An SVG QR code for `text`, labelled for screen readers. Level M survives a projector's glare and a
 * little damage; the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string, label = text): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	return svg.replace('<svg ', `<svg role="img" aria-label="${escape(label)}" data-qr="${escape(text)}" `);
}
