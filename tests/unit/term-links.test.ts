import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { termLinks, topicOf } from '../../src/reading/term-links.ts';
import { readingOf } from '../../src/reading/readings.ts';

const root = process.cwd();

/** The HTML the hast step makes of `md` as if it were content/<file>. */
async function render(md: string, file = 'introspection.mdx', base = '/') {
	const { html } = await markdownToHtml(md, {
		hastPlugins: [termLinks(base, root)],
		fileURL: pathToFileURL(join(root, 'content', file)),
		features: { headingAttributes: true },
	} as Parameters<typeof markdownToHtml>[1]);
	return html;
}

/** The terms linked in `html`, in order, as `id:text`. */
const links = (html: string) => [...html.matchAll(/<a href="[^"]*" class="term-link" data-term="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);

describe('term links', () => {
	test.each([
		['links a Japanese term at its first use only', '概念注入（concept injection）は、概念注入です。', ['concept-injection:概念注入']],
		['links an English term at its first use only', 'Concept injection writes a concept. Concept injection again.', ['concept-injection:Concept injection']],
		['links the plural of an English term', 'Large language models can notice it.', ['large-language-model:Large language models']],
		['links an alias', 'LLMが答えます。', ['large-language-model:LLM']],
		['takes a capitalized alias only as written', 'an llm and an Llm.', []],
		['prefers the longest form (agentic LLM over LLM)', 'エージェント型LLMとLLM。', ['agentic-llm:エージェント型LLM', 'large-language-model:LLM']],
		['does not link inside a word', 'misalignment is not alignment.', ['alignment:alignment']],
		['takes a one-character Japanese term only with its English', '階層の層と、最適な層（layer）。', ['layer:層']],
		['does not link inside headings', '## 概念注入とは {#what}\n\n本文です。', []],
		['does not link inside links', '[概念注入](/introspection/)の話です。', []],
		['does not link inside code', '`概念注入`と\n\n```\n概念注入\n```', []],
		['links inside emphasis', '**内省**の研究です。', ['introspection:内省']],
		['links a term again in the next section', '内省です。\n\n## 次 {#next}\n\n内省です。内省です。\n\n### 下 {#below}\n\n内省です。', ['introspection:内省', 'introspection:内省', 'introspection:内省']],
		['does not link in the sources section', '## 出典 {#sources}\n\n内省の論文。', []],
		['links the first linkable use after one in a link', '[内省](/introspection/)と内省。', ['introspection:内省']],
	])('%s', async (_, md, expected) => {
		expect(links(await render(md))).toEqual(expected);
	});

	test('a Japanese page links to the Japanese glossary entry, described by the term card', async () => {
		const html = await render('内省です。');
		expect(html).toContain('<a href="/glossary/#term-introspection" class="term-link" data-term="introspection" aria-describedby="term-card-introspection">内省</a>');
	});

	test('an English page links to the English glossary entry', async () => {
		expect(await render('Introspection matters.', 'en/introspection.mdx')).toContain('href="/en/glossary/#term-introspection"');
	});

	test('links carry the deployment base path', async () => {
		const html = await render('内省です。', 'introspection.mdx', '/kb/');
		expect(html).toContain('href="/kb/glossary/#term-introspection" class="term-link"');
		expect(html).toContain('<a href="/kb/glossary/#term-introspection" tabindex="-1">用語集で見る</a>');
	});

	test('each term has one hidden card per page, kept out of search, however often it is linked', async () => {
		const html = await render('内省です。\n\n## 次 {#next}\n\n内省です。');
		expect(html.match(/data-term-card="introspection"/g)).toHaveLength(1);
		expect(html).toMatch(/<div class="term-cards" data-pagefind-ignore=""><div id="term-card-introspection" class="term-card" data-term-card="introspection" role="tooltip" hidden data-pagefind-ignore="">/);
	});

	test('a card shows both forms, the reading, the definition and the link', async () => {
		const html = await render('概念注入です。');
		const card = html.slice(html.indexOf('<div id="term-card-concept-injection"'));
		expect(card).toContain('<span lang="ja">概念注入</span> <span lang="en">concept injection</span>');
		expect(card).toContain('<span lang="ja">がいねんちゅうにゅう</span>');
		expect(card).toContain('神経活動のパターン');
	});

	test('a card takes the reading from the glossary data where kuromoji reads wrongly', async () => {
		expect(await render('作話です。')).toContain('<span lang="ja">さくわ</span>');
	});

	test('an English page’s card puts the English form first and defines in English', async () => {
		const html = await render('Concept injection works.', 'en/introspection.mdx');
		expect(html).toContain('<span lang="en">concept injection</span> <span lang="ja">概念注入</span>');
		expect(html).toContain('See the glossary');
	});

	test('pages other than topics are left alone', async () => {
		expect(links(await render('内省です。', 'glossary.mdx'))).toEqual([]);
		expect(topicOf(join(root, 'content', 'en', 'sources.mdx'))).toBeUndefined();
	});
});

describe('readings', () => {
	test.each([
		['概念注入', undefined, 'がいねんちゅうにゅう'],
		['広島AIプロセス', undefined, 'ひろしまAIプロセス'],
		['アライメント', undefined, undefined],
		['作話', 'さくわ', 'さくわ'],
	])('%s (reading given in the glossary: %s) reads as %s', async (ja, given, expected) => {
		expect(await readingOf(ja, given)).toBe(expected);
	});
});
