// A glossary term's `topics` list names every topic page that uses the term, so the glossary can
// point readers to all of them. "Uses" means the fixed form appears in both languages' text of the
// page, outside the frontmatter and the related-topics and sources lists (which name other pages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topicSlugs } from '../config/topics.ts';
import type { Problem, Site } from './checks.ts';
import { sectionsOf } from './figure-parity.ts';
import { visibleText } from './figures.ts';
import type { Page } from './read-pages.ts';
import { formTrie, lowerUnits } from '../lib/form-trie.ts';

const LISTS = new Set(['frontmatter', 'related-topics', 'sources']);

const prose = (page: Page) => visibleText(sectionsOf(page).filter((s) => !LISTS.has(s.id)).map((s) => s.text).join('\n'));
const WORD_OR_HYPHEN = /[\w-]/;

/** Line of `- id: <id>` in a glossary file, for the message. */
function termLine(root: string, group: string, id: string): number | undefined {
	try {
		const i = readFileSync(join(root, 'src/data/glossary', `${group}.yaml`), 'utf8').split('\n').findIndex((l) => l.trim() === `- id: ${id}`);
		return i >= 0 ? i + 1 : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The indexes of the terms a topic page uses: the Japanese form anywhere in the Japanese text, and
 * the English form as a whole word (any case) in the English text. One scan of each text over a
 * trie of every form, so the check grows with pages + terms, not pages × terms.
 */
function termsUsed(ja: string, en: string, jaForms: ReturnType<typeof formTrie>, enForms: ReturnType<typeof formTrie>, enLength: number[]): Set<number> {
	const inJa = new Set<number>();
	for (let i = 0; i < ja.length; i++) for (const t of jaForms.at(ja, i)) inJa.add(t);
	const used = new Set<number>();
	const low = lowerUnits(en);
	for (let i = 0; i < en.length; i++) {
		if (i > 0 && WORD_OR_HYPHEN.test(en[i - 1])) continue;
		for (const t of enForms.at(low, i)) if (inJa.has(t) && !WORD_OR_HYPHEN.test(en[i + enLength[t]] ?? '')) used.add(t);
	}
	return used;
}

export function checkGlossaryTopics(site: Site, root = process.cwd()): Problem[] {
	const problems: Problem[] = [];
	const text = new Map(site.pages.map((p) => [`${p.lang}:${p.slug}`, prose(p)]));
	const jaForms = formTrie(site.glossary.map((t) => t.ja));
	const enLower = site.glossary.map((t) => lowerUnits(t.en));
	const enForms = formTrie(enLower);
	const enLength = enLower.map((f) => f.length);
	const usedOn = new Map<string, Set<number>>();
	for (const slug of topicSlugs) {
		const ja = text.get(`ja:${slug}`);
		const en = text.get(`en:${slug}`);
		if (ja !== undefined && en !== undefined) usedOn.set(slug, termsUsed(ja, en, jaForms, enForms, enLength));
	}
	site.glossary.forEach((t, index) => {
		const missing = topicSlugs.filter((slug) => !t.topics.includes(slug) && usedOn.get(slug)?.has(index));
		if (missing.length) {
			problems.push({
				file: `src/data/glossary/${t.group}.yaml`,
				line: termLine(root, t.group, t.id),
				message: `glossary term ${t.id} is used on ${missing.join(', ')} but its \`topics\` list leaves ${missing.length > 1 ? 'them' : 'it'} out: add ${missing.join(', ')} to \`topics\``,
			});
		}
	});
	return problems;
}
