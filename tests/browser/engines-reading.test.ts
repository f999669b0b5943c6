// Term cards and the side-by-side view in Firefox and WebKit (Chromium: term-cards.test.ts and
// parallel-view.test.ts), against their DOM contract:
// - term link `a.term-link[data-term="<id>"]`, `aria-describedby` naming its card
//   `[data-term-card="<id>"]` (role=tooltip), shown on hover, focus or tap; Esc closes it and the
//   focus stays on (returns to) the link;
// - `/parallel/<slug>/` with a `<section id="<id>">` per section holding `[lang="ja"]` and
//   `[lang="en"]`, linked from both topic pages by `a[data-parallel-link]`.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINES, type ReaderDriver } from '../support/engines/index.ts';
import { ensureFolderCopy } from '../support/folder-copy.ts';
import { topicSlugs } from '../../src/config/topics.ts';

const site = inject('siteUrl');
const folder = `${pathToFileURL(resolve('dist-offline')).href}/`;
const at = (root: string, path: string) => (root.startsWith('file:') ? root + path.slice(1).replace(/(^|\/)(?=[?#]|$)/, '$1index.html') : new URL(path.slice(1), site).href);

const TOPIC_PAGES = topicSlugs.flatMap((slug) => [`/${slug}/`, `/en/${slug}/`]);

/** The first term link of the page and what it points at. */
function firstTerm(driver: ReaderDriver) {
	return driver.evaluate(() => {
		const link = document.querySelector<HTMLAnchorElement>('.sl-markdown-content a.term-link[data-term]')!;
		const id = link.dataset.term!;
		const card = document.querySelector<HTMLElement>(`[data-term-card="${id}"]`)!;
		return { id, describedBy: link.getAttribute('aria-describedby'), cardId: card.id, role: card.getAttribute('role'), href: link.getAttribute('href') };
	});
}

/** Whether the card of term `id` can be seen. */
const cardShown = (id: string) => {
	const card = document.querySelector<HTMLElement>(`[data-term-card="${id}"]`);
	if (!card) return false;
	const style = getComputedStyle(card);
	const box = card.getBoundingClientRect();
	return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0' && box.width > 0 && box.height > 0;
};

describe.each(ENGINES)('in $name', (engine) => {
	let driver: ReaderDriver;
	beforeAll(async () => {
		driver = await engine.launch();
	});
	afterAll(() => driver?.close());

	describe('term cards', () => {
		test.each(TOPIC_PAGES)('%s links a term to its card, a tooltip described by the link', async (path) => {
			await driver.goto(at(site, path));
			const term = await firstTerm(driver);
			expect(term.describedBy).toBe(term.cardId);
			expect(term.role).toBe('tooltip');
			expect(term.href).toMatch(new RegExp(`glossary/(index\\.html)?#term-${term.id}$`));
			expect(await driver.evaluate(cardShown, term.id)).toBe(false);
		});

		test.each(['/introspection/', '/en/introspection/'])('pointing at a term on %s shows its card', async (path) => {
			await driver.goto(at(site, path));
			const { id } = await firstTerm(driver);
			await driver.hover(`.sl-markdown-content a.term-link[data-term="${id}"]`);
			await driver.waitFor(cardShown, id);
		});

		test.each(['/introspection/', '/en/introspection/'])('focusing a term on %s shows its card; Esc closes it and the focus stays on the link', async (path) => {
			await driver.goto(at(site, path));
			const { id } = await firstTerm(driver);
			// The pointer may still rest where the previous test pointed at this very term, and a hovered
			// term keeps its card open: point at the title first, so only the focus counts.
			await driver.hover('h1');
			await driver.evaluate((id: string) => document.querySelector<HTMLElement>(`.sl-markdown-content a.term-link[data-term="${id}"]`)!.focus(), id);
			await driver.waitFor(cardShown, id);
			await driver.press('Escape');
			await driver.waitFor((id: string) => {
				const card = document.querySelector<HTMLElement>(`[data-term-card="${id}"]`)!;
				return getComputedStyle(card).display === 'none' || getComputedStyle(card).visibility === 'hidden' || card.hidden;
			}, id);
			expect(await driver.evaluate((id: string) => (document.activeElement as HTMLElement | null)?.dataset.term === id, id)).toBe(true);
		});

		test('tapping a term shows its card or opens its glossary entry', async () => {
			await driver.goto(at(site, '/introspection/'));
			const { id } = await firstTerm(driver);
			await driver.click(`.sl-markdown-content a.term-link[data-term="${id}"]`);
			await driver.waitFor((id: string) => {
				const card = document.querySelector<HTMLElement>(`[data-term-card="${id}"]`);
				const shown = !!card && getComputedStyle(card).display !== 'none' && getComputedStyle(card).visibility !== 'hidden';
				return shown || location.hash === `#term-${id}`;
			}, id);
		});
	});

	describe('the side-by-side view', () => {
		test.each(TOPIC_PAGES)('%s links to its side-by-side page', async (path) => {
			await driver.goto(at(site, path));
			const slug = path.split('/').filter(Boolean).pop();
			const href = await driver.evaluate(() => document.querySelector<HTMLAnchorElement>('a[data-parallel-link]')!.href);
			expect(href).toBe(at(site, `/parallel/${slug}/`));
		});

		test.each(topicSlugs)('/parallel/%s/ holds every section of the topic in Japanese and English', async (slug) => {
			await driver.goto(at(site, `/${slug}/`));
			const ids = await driver.evaluate(() => [...document.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]')].map((h) => h.id));
			await driver.goto(at(site, `/parallel/${slug}/`));
			const missing = await driver.evaluate(
				(ids: string[]) => ids.filter((id) => !document.querySelector(`section[id="${id}"] [lang="ja"]`) || !document.querySelector(`section[id="${id}"] [lang="en"]`)),
				ids,
			);
			expect(ids.length).toBeGreaterThan(0);
			expect(missing).toEqual([]);
		});

		test('on a wide screen a section shows its two languages side by side', async () => {
			await driver.goto(at(site, '/parallel/introspection/'));
			const boxes = await driver.evaluate(() => {
				const section = document.querySelector('section[id="background"]')!;
				const [ja, en] = ['ja', 'en'].map((lang) => section.querySelector(`[lang="${lang}"]`)!.getBoundingClientRect());
				return { sameRow: Math.abs(ja.top - en.top) < 2, apart: ja.right <= en.left || en.right <= ja.left };
			});
			expect(boxes).toEqual({ sameRow: true, apart: true });
		});

		test('a section of the side-by-side page opens by its #id', async () => {
			await driver.goto(at(site, '/parallel/introspection/#background'));
			await driver.waitFor(() => Math.abs(document.getElementById('background')!.getBoundingClientRect().top) < 200);
		});

		test('the side-by-side page opens from the folder copy', async () => {
			ensureFolderCopy(inject('runId'));
			await driver.goto(at(folder, '/parallel/introspection/'));
			expect(await driver.evaluate(() => !!document.querySelector('section[id="background"] [lang="ja"]') && !!document.querySelector('section[id="background"] [lang="en"]'))).toBe(true);
		});
	});
});
