// `npm run screenshots:reading`: photographs, for the README, an evidence marker with its
// explanation open and a table on a 360 px phone, in Japanese and in English, from the built site
// (dist/) into docs/screenshots/. Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const OUT = 'docs/screenshots';

mkdirSync(OUT, { recursive: true });
const served = await serveStatic('dist');
const browser = await launchBrowser();
try {
	// A marker in the Matlantis table, focused so that its card is open, on a desktop screen.
	const desk = await browser.newPage({ viewport: { width: 1100, height: 760 } });
	for (const lang of ['ja', 'en'] as const) {
		await desk.goto(`${served.url}${lang === 'ja' ? '' : 'en/'}ai-futures/#atomistic-simulation`);
		const marker = desk.locator('a[data-claim="unverified"]').nth(2);
		await marker.scrollIntoViewIfNeeded();
		await desk.evaluate(() => window.scrollBy(0, -220));
		await marker.focus({ preventScroll: true });
		await desk.locator('[data-claim-card="talk"]').waitFor({ state: 'visible' });
		await desk.screenshot({ path: `${OUT}/evidence-marker-${lang}.png` });
		console.log(`${OUT}/evidence-marker-${lang}.png`);
	}
	// The governance table on a 360 px phone: each row a block, each cell with its column header.
	const phone = await browser.newPage({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 2 });
	for (const lang of ['ja', 'en'] as const) {
		await phone.goto(`${served.url}${lang === 'ja' ? '' : 'en/'}governance/#hard-law-and-soft-law`);
		await phone.locator('.sl-markdown-content table').first().scrollIntoViewIfNeeded();
		await phone.evaluate(() => window.scrollBy(0, -80));
		await phone.screenshot({ path: `${OUT}/table-360-${lang}.png` });
		console.log(`${OUT}/table-360-${lang}.png`);
	}
} finally {
	await browser.close();
	await served.close();
}
