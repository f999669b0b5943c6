import { expect, test } from 'vitest';
import { checkGlossaryTopics } from '../../src/content-checks/glossary-topics.ts';
import type { Site } from '../../src/content-checks/checks.ts';
import type { Page } from '../../src/content-checks/read-pages.ts';

const page = (lang: 'ja' | 'en', slug: string, body: string): Page => ({
	file: `content/${lang === 'en' ? 'en/' : ''}${slug}.mdx`, lang, slug, url: `/${slug}/`,
	source: `---\ntitle: t\n---\n${body}`, frontmatter: { title: 't' }, frontmatterLines: {}, bodyLine: 4,
	headings: body.split('\n').flatMap((l, i) => (/\{#(.+)\}/.test(l) ? [{ depth: 2, text: l, id: /\{#(.+)\}/.exec(l)![1], line: i + 4 }] : [])),
	links: [],
});

const site = (topics: string[], jaBody: string, enBody: string): Site => ({
	pages: [page('ja', 'governance', jaBody), page('en', 'governance', enBody)],
	sourceIds: new Set(),
	glossary: [{ id: 'concept-injection', ja: '概念注入', en: 'concept injection', topics, group: 'introspection' }],
	extraUrls: new Set(),
});

test('a term used on a topic page its topics list leaves out fails, naming the page to add', () => {
	const problems = checkGlossaryTopics(site(['introspection'], '概念注入を使います。', 'It uses concept injection.'));
	expect(problems.map((p) => p.message)).toEqual(['glossary term concept-injection is used on governance but its `topics` list leaves it out: add governance to `topics`']);
	expect(problems[0].file).toBe('src/data/glossary/introspection.yaml');
});

test('a term the topics list names passes', () => {
	expect(checkGlossaryTopics(site(['introspection', 'governance'], '概念注入を使います。', 'It uses concept injection.'))).toEqual([]);
});

test('a mention only in the related-topics list is not a use', () => {
	expect(checkGlossaryTopics(site(['introspection'], '## 関連 {#related-topics}\n\n- 概念注入', '## Related {#related-topics}\n\n- Concept injection'))).toEqual([]);
});

test.each([
	['counts the English form in any case', '概念注入を使います。', 'Concept injection works.', 1],
	['counts the English form only as a whole word', '概念注入を使います。', 'Concept injections work.', 0],
	['does not count the English form inside a hyphenated word', '概念注入を使います。', 'A pre-concept injection step.', 0],
	['counts a use only when both languages use the term', 'ほかの話です。', 'It uses concept injection.', 0],
])('the check %s', (_, jaBody, enBody, problems) => {
	expect(checkGlossaryTopics(site(['introspection'], jaBody, enBody))).toHaveLength(problems);
});
