// The glossary matcher walks a trie of the terms' forms; it must find exactly what the regular
// expression it replaced found (one case-insensitive alternation of every form, longest first),
// which stays here as the specification.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termMatcher, type MatchTerm, type TermMatch } from '../../src/reading/term-matcher.ts';
import { loadGlossary } from '../../src/data/load.ts';
import { glossaryTerm } from '../../src/schemas/glossary.ts';

function regexMatcher(terms: MatchTerm[]) {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = (form: string, en: string) => {
		if (/[A-Za-z]/.test(form)) return `(?<![A-Za-z0-9-])${escape(form)}(?:e?s)?(?![A-Za-z0-9])`;
		return [...form].length === 1 ? `${escape(form)}(?=（${escape(en)}）)` : escape(form);
	};
	const forms = new Map<string, string>();
	for (const t of terms) for (const f of [t.ja, t.en, ...(t.aliases ?? [])]) forms.set(f, t.id);
	const sorted = [...forms.keys()].sort((a, b) => b.length - a.length);
	const byLower = new Map(sorted.map((f) => [f.toLowerCase(), f]));
	const source = sorted.map((f) => pattern(f, terms.find((t) => t.id === forms.get(f))!.en)).join('|');
	return (text: string): TermMatch[] => {
		const out: TermMatch[] = [];
		for (const m of text.matchAll(new RegExp(source, 'giu'))) {
			const found = m[0];
			const form = byLower.get(found.toLowerCase()) ?? byLower.get(found.toLowerCase().replace(/e?s$/, ''));
			if (!form) continue;
			if (form !== form.toLowerCase() && !found.startsWith(form)) continue;
			out.push({ id: forms.get(form)!, start: m.index, end: m.index + found.length });
		}
		return out;
	};
}

const glossary = loadGlossary(process.cwd()).map((raw) => glossaryTerm.parse(raw));
const lines = ['content', 'content/en'].flatMap((dir) =>
	readdirSync(dir).filter((f) => f.endsWith('.mdx')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n')),
);

describe('the glossary matcher', () => {
	test('finds the same terms as the regular expression on every line of the site', () => {
		const fast = termMatcher(glossary);
		const slow = regexMatcher(glossary);
		let found = 0;
		for (const line of lines) {
			const expected = slow(line);
			found += expected.length;
			expect(fast(line), line).toEqual(expected);
		}
		expect(found).toBeGreaterThan(500);
	});

	const terms: MatchTerm[] = [
		{ id: 'llm', ja: '大規模言語モデル', en: 'large language model', aliases: ['LLM'] },
		{ id: 'agentic', ja: 'エージェント型LLM', en: 'agentic LLM' },
		{ id: 'align', ja: 'アライメント', en: 'alignment' },
		{ id: 'layer', ja: '層', en: 'layer' },
		{ id: 'process', ja: 'プロセス', en: 'process' },
		{ id: 'eu', ja: 'EU AI法', en: 'EU AI Act' },
	];
	test.each([
		['a plural in -s', 'Large language models talk.'],
		['a plural in -es', 'Two processes and processing.'],
		['capitals only as written', 'an llm, an Llm, an LLM; the eu ai act and the EU AI Act.'],
		['a whole word only', 'misalignment, re-alignment, alignment2 and alignment.'],
		['the longest form first', 'エージェント型LLMとLLM、agentic LLMs.'],
		['a one-character form with its English only', '階層の層、層（layer）、層（Layer）。'],
		['text beyond the basic plane', '𠮷野家のLLM😀alignment 😀 alignment.'],
		['a form at the very end', 'alignment'],
	])('agrees with the regular expression on %s', (_, text) => {
		expect(termMatcher(terms)(text)).toEqual(regexMatcher(terms)(text));
		expect(regexMatcher(terms)(text).length).toBeGreaterThan(0);
	});

	test('the same terms are found however many other terms the glossary holds', () => {
		const many = [...terms, ...Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, ja: `用語${i}`, en: `term number ${i}` }))];
		const text = 'Large language models and アライメント, term number 19999 and 用語7。';
		expect(termMatcher(many)(text).map((m) => m.id)).toEqual(['llm', 'align', 't19999', 't7']);
	});
});
