// `npm run screenshots:sections`: photographs the walkthrough "From a section to a slide" of the
// built site (dist/) for the README, into docs/screenshots/: the section panel open in both
// languages and the slide kit opened at a section, at 360 and 1280 px, and the first printed page
// of a topic (printed to PDF by Chromium, page 1 turned into a PNG by poppler's pdftoppm). Run
// `npm run build` first; pdftoppm comes with Debian's poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const OUT = 'docs/screenshots';
const WIDTHS = [360, 1280];
const PANELS = [
	{ lang: 'ja', path: 'introspection/', id: 'concept-injection' },
	{ lang: 'en', path: 'en/introspection/', id: 'concept-injection' },
];

mkdirSync(OUT, { recursive: true });
const served = await serveStatic('dist');
const browser = await launchBrowser();
const saved = (file: string) => console.log(`${OUT}/${file}`);
try {
	for (const width of WIDTHS) {
		const phone = width < 768;
		const context = await browser.newContext({ viewport: { width, height: phone ? 740 : 800 }, hasTouch: phone, isMobile: phone, serviceWorkers: 'block' });
		const page = await context.newPage();
		for (const { lang, path, id } of PANELS) {
			await page.goto(served.url + path);
			const button = page.locator(`.sl-heading-wrapper:has(#${id}) .kb-section-button`);
			await button.evaluate((b) => b.closest('.sl-heading-wrapper')!.scrollIntoView({ block: 'start' }));
			await page.evaluate(() => scrollBy(0, -90));
			await (phone ? button.tap() : button.click());
			await page.locator('#kb-section-panel [data-qr] svg').waitFor();
			const file = `section-panel-${lang}-${width}.png`;
			await page.screenshot({ path: `${OUT}/${file}` });
			saved(file);
		}
		await page.goto(`${served.url}slides/introspection/#concept-injection`);
		await page.waitForTimeout(300);
		const file = `slide-kit-at-section-${width}.png`;
		await page.screenshot({ path: `${OUT}/${file}` });
		saved(file);
		await context.close();
	}
	// The first printed page, as the browser's "Save as PDF" makes it (A4).
	const page = await browser.newPage();
	await page.goto(`${served.url}introspection/`);
	const dir = mkdtempSync(join(tmpdir(), 'kb-print-'));
	writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
	execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), `${OUT}/print-first-page`]);
	rmSync(dir, { recursive: true });
	saved('print-first-page.png');
} finally {
	await browser.close();
	await served.close();
}
