// The glossary a lexicon carries: inline while small, in shards past GLOSSARY_INLINE_MAX, and the
// browser's Lexicon answers a translation once it has the query's shard.
import { expect, test } from 'vitest';
import { glossaryLines, layOutGlossary, type GlossaryPair } from '../../src/search/glossary-shards.ts';
import { GLOSSARY_INLINE_MAX, Lexicon, glossaryShard, type LexiconData } from '../../src/search/lexicon.ts';
import { glossaryKey, planQuery } from '../../src/search/query.ts';

const empty: LexiconData = { v: 2, words: '', fn: '', inflections: '', readings: '', glossary: '', ref: [], pages: {}, stemmed: '' };
const terms = (n: number): GlossaryPair[] =>
	Array.from({ length: n }, (_, i) => ({ ja: `概念注入${i}`, en: `Concept Injection ${i}`, aliases: [`CI ${i}`, `注入${i}`] }));

test('each site gets the other language\'s forms, aliases included, mapped to its own term', () => {
	const glossary = [{ ja: '内省', en: 'Introspection', aliases: ['self-report', '自己報告'] }];
	expect(glossaryLines(glossary, 'en')).toEqual(['内省\tintrospection', '自己報告\tintrospection']);
	expect(glossaryLines(glossary, 'ja')).toEqual(['introspection\t内省', 'self-report\t内省']);
});

test('a small glossary stays in the lexicon, with no shard', () => {
	const lines = glossaryLines(terms(GLOSSARY_INLINE_MAX / 2), 'en');
	expect(lines.length).toBe(GLOSSARY_INLINE_MAX);
	expect(layOutGlossary(lines, 'en')).toEqual({ inline: lines.join('\n'), shards: [] });
});

test('past the limit every line is in the shard its form hashes to, and none is lost', () => {
	const lines = glossaryLines(terms(1000), 'en');
	const { inline, shards } = layOutGlossary(lines, 'en', 256, 100);
	expect(inline).toBe('');
	expect(shards.length).toBe(20);
	shards.forEach((text, i) => {
		for (const line of text.split('\n')) expect(glossaryShard(line.split('\t')[0], 20)).toBe(i);
	});
	expect(shards.flatMap((s) => s.split('\n')).sort()).toEqual(lines);
});

test('a form the browser would not look up in a shard stays inline', () => {
	// On the Japanese site only non-Japanese forms are looked up; a Japanese alias of the English term is kept inline.
	const lines = [...glossaryLines(terms(300), 'ja'), 'アルファ碁\tアルファ碁'].sort();
	const { inline, shards } = layOutGlossary(lines, 'ja', 10, 50);
	expect(inline).toBe('アルファ碁\tアルファ碁');
	expect(shards.join('\n')).not.toContain('アルファ碁');
});

test('with a sharded glossary, a query translates only after its shard is added', () => {
	const { inline, shards } = layOutGlossary(glossaryLines(terms(1000), 'en'), 'en', 256, 100);
	const lexicon = new Lexicon({ ...empty, glossary: inline, glossaryShards: shards.length });
	const key = glossaryKey('「概念注入7」');
	const shard = lexicon.glossaryShardFor(key, 'en');
	expect(shard).toBe(glossaryShard('概念注入7', shards.length));
	expect(planQuery('概念注入7', 'en', lexicon).plans).toHaveLength(1);
	lexicon.addGlossary(shards[shard!], shard);
	expect(lexicon.glossaryShardFor(key, 'en')).toBeUndefined();
	const [asTyped, translated] = planQuery('概念注入7', 'en', lexicon).plans;
	expect(asTyped.weight).toBe(1);
	expect(translated.weight).toBe(2);
	expect(translated.clauses[0].anyOf[0]).toMatch(/^"concept injection 7\b/);
});

test('a query in the site\'s own language never waits for a shard', () => {
	const lexicon = new Lexicon({ ...empty, glossaryShards: 8 });
	expect(lexicon.glossaryShardFor('concept injection', 'en')).toBeUndefined();
	expect(lexicon.glossaryShardFor('概念注入', 'ja')).toBeUndefined();
	expect(lexicon.glossaryShardFor('概念注入', 'en')).toBeTypeOf('number');
	expect(lexicon.glossaryShardFor('concept injection', 'ja')).toBeTypeOf('number');
});
