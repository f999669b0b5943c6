// `npm run screenshots:search`: photographs a Japanese and an English result list of the built
// site (dist/) for the README, into docs/screenshots/. Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const OUT = 'docs/screenshots';
const SHOTS = [
	{ file: 'search-ja.png', path: 'search/?q=' + encodeURIComponent('概念注入') },
	{ file: 'search-ja-reading.png', path: 'search/?q=' + encodeURIComponent('じこせんこう') },
	{ file: 'search-en.png', path: 'en/search/?q=' + encodeURIComponent('emotion vectors') },
	// "Did you mean": a spelling variant and a typo, each searched as the site writes it.
	{ file: 'search-ja-did-you-mean.png', path: 'search/?q=' + encodeURIComponent('人格付け') },
	{ file: 'search-en-did-you-mean.png', path: 'en/search/?q=' + encodeURIComponent('concept injecton') },
];

mkdirSync(OUT, { recursive: true });
const served = await serveStatic('dist');
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
	for (const { file, path } of SHOTS) {
		await page.goto(served.url + path);
		await page.waitForSelector('[data-search-status="done"]');
		await page.screenshot({ path: `${OUT}/${file}` });
		console.log(`${OUT}/${file}`);
	}
} finally {
	await browser.close();
	await served.close();
}
