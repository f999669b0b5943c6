// What a search page lists, in a form that compares across the website, its offline copy and the
// folder copy: every result page and matching section, in order, as site paths (`/en/x/#id`).
import type { Page } from 'playwright-core';

/** The same ten queries, run online, offline and from the folder copy (tests and npm run stats:offline). */
export const PARITY_QUERIES: { lang: 'ja' | 'en'; q: string }[] = [
	{ lang: 'ja', q: '概念注入' },
	{ lang: 'ja', q: 'アライメント' },
	{ lang: 'ja', q: 'LLMはなぜ人間らしく振る舞うのか' },
	{ lang: 'ja', q: 'introspection' },
	{ lang: 'ja', q: 'ＲＬＨＦ' },
	{ lang: 'en', q: 'concept injection' },
	{ lang: 'en', q: 'functional emotions' },
	{ lang: 'en', q: 'what is the difference between hard law and soft law' },
	{ lang: 'en', q: '内省' },
	{ lang: 'en', q: 'blockchain' },
];

/** `href` as a path of the site whose root URL is `root` (http://…/ or file:///…/dist-offline/). */
export function sitePath(href: string, root: string): string {
	const rest = href.startsWith(root) ? href.slice(root.length) : href;
	return `/${rest.replace(/(^|\/)index\.html(?=[?#]|$)/, '$1')}`;
}

/** The search page's URL in a language, served (http) or in the folder copy (file). */
export const searchPage = (root: string, lang: 'ja' | 'en') => `${root}${lang === 'en' ? 'en/' : ''}search/${root.startsWith('file:') ? 'index.html' : ''}`;

/** Runs `q` on the search page of `lang` and returns what it lists. */
export async function searchResults(page: Page, root: string, lang: 'ja' | 'en', q: string): Promise<string[]> {
	await page.goto(`${searchPage(root, lang)}?q=${encodeURIComponent(q)}`);
	await page.waitForSelector('[data-search-status="done"]');
	const hrefs = await page.$$eval('[data-search-result], [data-search-section]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
	return hrefs.map((href) => sitePath(href, root));
}
