// Section history on the built site (history of this repository): dates on topic pages, the reader
// notice on lagging sections, /translation-status/, the Atom feeds, /changes/?since= with word diffs
// (Chromium, the folder copy, Firefox and WebKit), slide kits' as-of line, citations and Highwire tags.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { langs, localePath, type Lang } from '../../src/config/locales.ts';
import { topicSlugs } from '../../src/config/topics.ts';
import { citationsFor } from '../../src/history/cite-client.ts';
import { launchBrowser } from '../support/browser.ts';
import { ENGINES, type ReaderDriver } from '../support/engines/index.ts';
import { ensureFolderCopy } from '../support/folder-copy.ts';
import { zoteroItem } from '../support/highwire.ts';

const site = inject('siteUrl');
const local = (path: string) => new URL(path.slice(1), site).href;
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
/** A day between the two days this repository's content history has, so some sections changed after it. */
const SINCE = '2026-11-24';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(url: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(url.includes('://') ? url : local(url));
	return page;
}

/** Each section's date as its line under the heading says, and the page date. */
const datesOnPage = (page: Page) =>
	page.evaluate(() => {
		const sections = [...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper')].map((w) => {
			const next = w.nextElementSibling;
			return { id: w.querySelector('h2, h3')!.id, date: next?.matches('.kb-section-date') ? next.querySelector('time')!.getAttribute('datetime') : null };
		});
		return { page: document.querySelector('.kb-page-date time')?.getAttribute('datetime') ?? null, sections };
	});

/** The same from the built file, for checks over every topic page without a browser round trip each. */
function datesInFile(path: string) {
	const h = html(path.replace(/^\/|\/$/g, ''));
	const found = [...h.matchAll(/<div class="sl-heading-wrapper level-h[23]"><h[23] id="([^"]+)"[^]*?<\/div>(?:<p class="kb-section-date"[^>]*>[^<]*<time datetime="([^"]+)">[^<]*<\/time><\/p>)?(<p class="kb-lag-notice")?/g)];
	const sections = found.map((m) => ({ id: m[1], date: m[2] ?? null }));
	const notices = found.filter((m) => m[3]).map((m) => m[1]);
	return { page: h.match(/<p class="kb-page-date"[^>]*>[^<]*<time datetime="([^"]+)"/)?.[1] ?? null, sections, notices };
}

const TOPIC_PAGES = topicSlugs.flatMap((slug) => langs.map((lang) => ({ lang, slug, path: localePath(lang, slug) })));

describe('dates on topic pages', () => {
	test('every topic page shows its last-changed date, no earlier than any of its sections, each of which has a date', () => {
		for (const t of TOPIC_PAGES) {
			const d = datesInFile(t.path);
			expect(d.page, t.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(d.sections.length, t.path).toBeGreaterThan(2);
			for (const s of d.sections) expect(s.date && s.date <= d.page!, `${t.path}#${s.id}`).toBe(true);
		}
	});

	test('each section has its date line right after the heading wrapper, and the heading keeps its id and link', async () => {
		const page = await open('/en/introspection/');
		const d = await datesOnPage(page);
		expect(d.sections.length).toBeGreaterThan(3);
		expect(d.sections.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.date ?? ''))).toBe(true);
		const heading = await page.evaluate(() => {
			const h = document.getElementById('concept-injection')!;
			return { parent: h.parentElement!.className, link: h.nextElementSibling!.getAttribute('href'), line: h.parentElement!.nextElementSibling!.textContent };
		});
		expect(heading).toEqual({ parent: 'sl-heading-wrapper level-h2', link: '#concept-injection', line: expect.stringMatching(/^Changed: \w+ \d{1,2}, \d{4}$/) });
		await page.close();
	});
});

/** The lagging sections as the status page lists them (read once per language: the page is static). */
const statusRead = new Map<Lang, ReturnType<typeof readStatusRows>>();
const statusRows = (lang: Lang) => {
	if (!statusRead.has(lang)) statusRead.set(lang, readStatusRows(lang));
	return statusRead.get(lang)!;
};

async function readStatusRows(lang: Lang) {
	const page = await open(localePath(lang, 'translation-status'));
	const rows = await page.$$eval('[data-translation-status] tbody tr', (trs) =>
		trs.map((tr) => ({
			lag: tr.getAttribute('data-lag')!,
			behind: tr.getAttribute('data-behind')!,
			dates: Object.fromEntries([...tr.querySelectorAll('td[data-lang]')].map((td) => [td.getAttribute('data-lang'), td.querySelector('time')?.getAttribute('datetime') ?? null])),
			commits: tr.querySelectorAll('td:last-child li').length,
			link: tr.querySelector('th a')!.getAttribute('href'),
		})),
	);
	await page.close();
	return rows;
}

describe('translation status', () => {
	test('the status page lists each lagging section with both languages’ dates, the commits between and its side-by-side link', async () => {
		const rows = await statusRows('ja');
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			const [slug, id] = r.lag.split('#');
			expect(Object.keys(r.dates).sort()).toEqual(['en', 'ja']);
			expect(r.commits, r.lag).toBeGreaterThan(0);
			expect(r.link).toBe(`/parallel/${slug}/#${id}`);
		}
		expect(await statusRows('en')).toEqual(rows);
	});

	test('a section shows the lag notice in its language exactly where the status page says it lags', async () => {
		const rows = await statusRows('en');
		const expected = rows.map((r) => `${r.behind}:${r.lag}`).sort();
		const found = TOPIC_PAGES.flatMap((t) => datesInFile(t.path).notices.map((id) => `${t.lang}:${t.slug}#${id}`));
		// The summary (before the first heading) has no heading to carry a notice.
		expect(found.sort()).toEqual(expected.filter((e) => !e.endsWith('#summary')));
	});

	test.each(langs)('the notice on a lagging %s section names the other language’s date and opens that section side by side', async (lang) => {
		const row = (await statusRows(lang)).find((r) => r.behind === lang && !r.lag.endsWith('#summary'));
		if (!row) return expect(row, `no ${lang} section lags in this history`).toBeUndefined();
		const [slug, id] = row.lag.split('#');
		const other = lang === 'ja' ? 'en' : 'ja';
		const page = await open(localePath(lang, slug));
		const notice = page.locator(`.sl-heading-wrapper:has(#${id}) + .kb-section-date + .kb-lag-notice`);
		const text = await notice.textContent();
		const [y, m, d] = row.dates[other]!.split('-').map(Number);
		expect(text).toContain(lang === 'ja' ? `英語版は${y}年${m}月${d}日に更新` : `Japanese version of this section was updated on ${new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`);
		await notice.locator('a').click();
		await page.waitForURL(`**/parallel/${slug}/#${id}`);
		expect(await page.locator(`section#${id} [lang="${other}"]`).count()).toBe(1);
		await page.close();
	});
});

describe('Atom feeds', () => {
	test.each(langs)('the %s feed parses as Atom with one entry per changed section, each linking its #id', async (lang) => {
		const page = await open('/');
		const feed = await page.evaluate(async (url) => {
			const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
			const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
			const child = (e: Element, name: string) => e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', name)[0];
			return {
				error: doc.getElementsByTagName('parsererror').length,
				root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
				updated: child(doc.documentElement, 'updated')?.textContent,
				entries: entries.map((e) => ({ id: child(e, 'id')?.textContent, title: child(e, 'title')?.textContent, updated: child(e, 'updated')?.textContent, link: child(e, 'link')?.getAttribute('href'), summary: child(e, 'summary')?.textContent })),
			};
		}, local(localePath(lang) + 'feed.xml'));
		await page.close();
		expect(feed.error).toBe(0);
		expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
		expect(feed.entries.length).toBeGreaterThan(0);
		expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
		expect(feed.updated).toBe(feed.entries[0].updated);
		for (const e of feed.entries) {
			expect(e.title && e.summary && e.updated, e.id!).toBeTruthy();
			const url = new URL(e.link!);
			const page = url.pathname.replace(/^\//, '');
			expect(page.startsWith(lang === 'ja' ? '' : 'en/')).toBe(true);
			if (url.hash) expect(html(page), e.link!).toContain(`id="${url.hash.slice(1)}"`);
		}
	});

	test('every page links both feeds from its head, and the home pages link them in the text', () => {
		const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		const missing = pages.filter((f) => {
			const h = readFileSync(join('dist', f), 'utf8');
			if (/http-equiv="refresh"/.test(h)) return false; // redirect pages
			return !h.includes('<link rel="alternate" type="application/atom+xml" title="LLMの心理と安全性 知識ベース：更新されたセクション" href="/feed.xml"') || !h.includes('<link rel="alternate" type="application/atom+xml" title="LLM Psychology &amp; Safety Knowledge Base: changed sections" href="/en/feed.xml"');
		});
		expect(missing).toEqual([]);
		expect(html('')).toMatch(/<a href="\/feed.xml" type="application\/atom\+xml" data-feed-link>/);
		expect(html('en')).toMatch(/<a href="\/en\/feed.xml" type="application\/atom\+xml" data-feed-link>/);
	});
});

/** What /changes/ lists: each article's section, and its diff put back together both ways. */
const changesList = () => {
	const data = JSON.parse(document.getElementById('kb-changes-data')!.textContent!);
	const list = document.querySelector<HTMLElement>('[data-changes-list]')!;
	const texts = (diff: Element, drop: string) => {
		const copy = diff.cloneNode(true) as Element;
		copy.querySelectorAll(drop).forEach((n) => n.remove());
		return copy.textContent;
	};
	return {
		status: list.dataset.changesStatus ?? null,
		articles: [...list.querySelectorAll<HTMLElement>('article.kb-change')].map((a) => {
			const [slug, id] = a.dataset.section!.split('#');
			const section = data.topics.find((t: { slug: string }) => t.slug === slug).sections.find((s: { id: string }) => s.id === id);
			const diff = a.querySelector('.kb-diff')!;
			return {
				section: a.dataset.section!,
				ins: diff.querySelectorAll('ins').length,
				del: diff.querySelectorAll('del').length,
				now: texts(diff, 'del') === section.versions.at(-1).text,
				before: texts(diff, 'ins'),
				versions: section.versions.map((v: { date: string; text: string }) => [v.date, v.text]),
			};
		}),
	};
};

/** Sections (not the summary) whose date line on the topic pages is after `since`. */
function datedAfter(lang: Lang, since: string) {
	return topicSlugs.flatMap((slug) => datesInFile(localePath(lang, slug)).sections.filter((s) => s.date! > since).map((s) => `${slug}#${s.id}`));
}

function checkDiffs(articles: ReturnType<typeof changesList>['articles'], since: string) {
	for (const a of articles) {
		expect(a.now, a.section).toBe(true);
		const before = a.versions.filter(([date]: string[]) => date <= since).at(-1);
		expect(a.before, a.section).toBe(before ? before[1] : '');
	}
	expect(articles.some((a) => a.ins > 0 && a.del > 0)).toBe(true);
}

describe('/changes/?since=', () => {
	test.each(langs)('in %s it lists exactly the sections dated after the day, each with a word diff from then to now', async (lang) => {
		const page = await open(`${localePath(lang, 'changes')}?since=${SINCE}`);
		await page.waitForSelector('[data-changes-status="done"]');
		const { articles } = await page.evaluate(changesList);
		await page.close();
		expect(articles.map((a) => a.section).filter((s) => !s.endsWith('#summary')).sort()).toEqual(datedAfter(lang, SINCE).sort());
		checkDiffs(articles, SINCE);
	});

	test.each([
		['not-a-date', /is not a date/],
		['', /Pick a day/],
	])('?since=%s gets a clear message instead of a list', async (since, message) => {
		const page = await open(`/en/changes/?since=${since}`);
		await page.waitForSelector('[data-changes-status="done"]');
		expect(await page.locator('[data-changes-list]').textContent()).toMatch(message);
		expect(await page.locator('article.kb-change').count()).toBe(0);
		await page.close();
	});

	describe('from the folder copy', () => {
		beforeAll(() => ensureFolderCopy(inject('runId')));

		test('the folder copy answers ?since= from file://', async () => {
			const page = await open(`${pathToFileURL(resolve('dist-offline/en/changes/index.html')).href}?since=${SINCE}`);
			await page.waitForSelector('[data-changes-status="done"]');
			const { articles } = await page.evaluate(changesList);
			await page.close();
			expect(articles.length).toBe(datedAfter('en', SINCE).length + articles.filter((a) => a.section.endsWith('#summary')).length);
			checkDiffs(articles, SINCE);
		});
	});
});

describe('slide kits', () => {
	test.each(langs)('the %s slide kit shows its as-of date and links the changes of its topic since then', async (lang) => {
		const topicDate = datesInFile(localePath(lang, 'introspection')).page;
		const page = await open(localePath(lang, 'slides/introspection'));
		const asOf = page.locator('[data-as-of]');
		const date = await asOf.getAttribute('data-as-of');
		expect(date).toBe(topicDate);
		expect(await asOf.locator('a').getAttribute('href')).toBe(`${localePath(lang, 'changes')}?since=${date}&topic=introspection`);
		await asOf.locator('a').click();
		await page.waitForSelector('[data-changes-status="done"]');
		expect((await page.evaluate(changesList)).articles).toEqual([]);
		await page.goto(local(`${localePath(lang, 'changes')}?since=${SINCE}&topic=introspection`));
		await page.waitForSelector('[data-changes-status="done"]');
		const sections = (await page.evaluate(changesList)).articles.map((a) => a.section);
		expect(sections.every((s) => s.startsWith('introspection#'))).toBe(true);
		await page.close();
	});
});

describe('citations', () => {
	test.each(langs)('the %s topic page carries an APA and BibTeX citation of itself and of every section, with the short link and the date', async (lang) => {
		const page = await open(localePath(lang, 'introspection'));
		const json = await page.locator('#kb-citations').textContent();
		const d = await datesOnPage(page);
		const short = await page.evaluate(() => [...document.querySelectorAll('.sl-heading-wrapper h2, .sl-heading-wrapper h3')].map((h) => h.id));
		await page.close();
		const doc = { getElementById: (id: string) => (id === 'kb-citations' ? { textContent: json } : null) } as unknown as Document;
		const now = new Date(2026, 11, 3);
		const manifest = JSON.parse(readFileSync('src/data/link-manifest.json', 'utf8')).pages['/introspection/'];
		for (const id of short) {
			const c = citationsFor(id, now, lang, doc)!;
			const date = d.sections.find((s) => s.id === id)!.date!;
			const [y, , day] = date.split('-').map(Number);
			const shortLink = `${lang === 'ja' ? '' : 'en/'}s/${manifest.anchors[id]}/`;
			expect(c.apa, id).toMatch(new RegExp(`\\(${y}, \\w+ ${day}\\)\\. .+\\. Retrieved ${lang === 'ja' ? '2026年12月3日' : 'December 3, 2026'}, from https://\\S+/${shortLink}$`));
			expect(c.bibtex, id).toContain(`year = {${y}}`);
			expect(c.bibtex, id).toContain(`accessed 2026-12-03`);
			expect(c.bibtex, id).toMatch(new RegExp(`url = \\{https://\\S+/${shortLink}\\}`));
		}
		expect(citationsFor(null, now, lang, doc)!.apa).toContain(`(${d.page!.slice(0, 4)}, `);
	});

	test.each(TOPIC_PAGES)('a Zotero-style reader of $path finds a web page with its title, authorship, date and URL', ({ lang, path }) => {
		const page = html(path.replace(/^\/|\/$/g, ''));
		const item = zoteroItem(page);
		const h1 = page.match(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/)![1].replace(/<wbr>/g, '');
		const date = page.match(/<p class="kb-page-date"[^>]*>[^<]*<time datetime="([^"]+)"/)![1];
		expect(item).toMatchObject({ itemType: 'webpage', title: h1, creators: [{ lastName: expect.stringMatching(/LLM/), fieldMode: 1 }], date, language: lang, url: `https://llm-psychology-kb.example.org${path}` });
	});
});

describe.each(ENGINES)('/changes/ in $name', (engine) => {
	let driver: ReaderDriver;
	beforeAll(async () => {
		driver = await engine.launch();
	});
	afterAll(() => driver?.close());

	test('lists the sections changed after a day in Japanese and English, with word diffs', async () => {
		for (const lang of langs) {
			await driver.goto(local(`${localePath(lang, 'changes')}?since=${SINCE}`));
			await driver.waitFor(() => document.querySelector('[data-changes-status="done"]') !== null);
			const { articles } = await driver.evaluate(changesList);
			expect(articles.map((a) => a.section).filter((s) => !s.endsWith('#summary')).sort()).toEqual(datedAfter(lang, SINCE).sort());
			checkDiffs(articles, SINCE);
		}
	});
});
