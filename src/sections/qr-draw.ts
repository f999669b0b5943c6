// In the browser: draws a QR code packed by qr-bits.ts, as SVG (to show and to download) and as a
// PNG of at least 1,024 px for slide software that does not take SVG (Google Slides).

/** Quiet zone, in modules, as scanners expect (and as src/links/qr.ts draws it). */
const MARGIN = 4;

function modules(bits: string): { size: number; dark: (x: number, y: number) => boolean } {
	const [size, data] = bits.split(':');
	const n = Number(size);
	const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
	return { size: n, dark: (x, y) => ((bytes[(y * n + x) >> 3] >> (7 - ((y * n + x) & 7))) & 1) === 1 };
}

/** The code as an SVG document: black modules on white, labelled for screen readers. */
export function qrSvgText(bits: string, label: string): string {
	const { size, dark } = modules(bits);
	let d = '';
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (dark(x, y)) d += `M${x + MARGIN} ${y + MARGIN}h1v1h-1z`;
	const full = size + 2 * MARGIN;
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img" aria-label="${escape(label)}"><path fill="#fff" d="M0 0h${full}v${full}H0z"/><path fill="#000" d="${d}"/></svg>`;
}

/** A `data:` URL of the SVG, for a download link (the policy allows data: and nothing else). */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** A `data:` URL of the code as a PNG at least `min` px wide, each module a whole number of pixels. */
export function qrPngDataUrl(bits: string, min = 1024): string {
	const { size, dark } = modules(bits);
	const full = size + 2 * MARGIN;
	const scale = Math.ceil(min / full);
	const canvas = Object.assign(document.createElement('canvas'), { width: full * scale, height: full * scale });
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.fillStyle = '#000';
	for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (dark(x, y)) ctx.fillRect((x + MARGIN) * scale, (y + MARGIN) * scale, scale, scale);
	return canvas.toDataURL('image/png');
}
