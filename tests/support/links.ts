// Helpers for the deep-link browser tests: read QR codes off the screen, read PNG sizes, and map the
// site's public URLs (https://…/kb/…) onto the local test server.
import type { Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Screenshots a rendered QR code and decodes it, as a phone camera would. */
export async function decodeQr(svg: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await svg.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/**
 * Decodes every QR code `selector` matches on the page from one screenshot of the whole page, cut
 * to each code's box: the same rendered pixels as a screenshot per code, at one capture instead of
 * one per code (which took most of the slide-kit tests' time).
 */
export async function decodeQrs(page: Page, selector: string): Promise<(string | undefined)[]> {
	const { boxes, scale } = await page.evaluate((s) => {
		const boxes = [...document.querySelectorAll(s)].map((e) => {
			const r = e.getBoundingClientRect();
			return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
		});
		return { boxes, scale: devicePixelRatio };
	}, selector);
	const shot = PNG.sync.read(await page.screenshot({ fullPage: true }));
	return boxes.map((b) => {
		const x = Math.floor(b.x * scale);
		const y = Math.floor(b.y * scale);
		const width = Math.min(Math.ceil(b.width * scale), shot.width - x);
		const height = Math.min(Math.ceil(b.height * scale), shot.height - y);
		const crop = new PNG({ width, height });
		PNG.bitblt(shot, crop, x, y, width, height, 0, 0);
		return jsQR(new Uint8ClampedArray(crop.data), width, height)?.data;
	});
}

export function pngSize(bytes: Buffer): { width: number; height: number } {
	const png = PNG.sync.read(bytes);
	return { width: png.width, height: png.height };
}

/** `https://user.github.io/kb/og/x.png` → `http://127.0.0.1:port/kb/og/x.png`, given both roots. */
export function toLocal(url: string, publicRoot: string, localRoot: string): string {
	if (!url.startsWith(publicRoot)) throw new Error(`${url} is not under the site root ${publicRoot}`);
	return localRoot + url.slice(publicRoot.length);
}

/** The site root (site + base) the build was made for, from the home page's canonical link. */
export function publicRootOf(homeHtml: string): string {
	const href = /<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1];
	if (!href) throw new Error('the home page has no canonical link');
	return href;
}

/** The meta-refresh target and the visible link of a static redirect page. */
export function redirectOf(html: string): { refresh?: string; link?: string } {
	return {
		refresh: /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1],
		link: /<body>.*?<a href="([^"]+)"/s.exec(html)?.[1],
	};
}
