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

const LISTS = new Set(['frontmatter', 'related-topics', 'sources']);

const prose = (page: Page) => visibleText(sectionsOf(page).filter((s) => !LISTS.has(s.id)).map((s) => s.text).join('\n'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Line of `- id: <id>` in a glossary file, for the message. */
function termLine(root: string, group: string, id: string): number | undefined {
	try {
		const i = readFileSync(join(root, 'src/data/glossary', `${group}.yaml`), 'utf8').split('\n').findIndex((l) => l.trim() === `- id: ${id}`);
		return i >= 0 ? i + 1 : undefined;
	} catch {
		return undefined;
	}
}

export function checkGlossaryTopics(site: Site, root = process.cwd()): Problem[] {
	const problems: Problem[] = [];
	const text = new Map(site.pages.map((p) => [`${p.lang}:${p.slug}`, prose(p)]));
	for (const t of site.glossary) {
		const missing = topicSlugs.filter((slug) => {
			if (t.topics.includes(slug)) return false;
			const ja = text.get(`ja:${slug}`);
			const en = text.get(`en:${slug}`);
			return ja?.includes(t.ja) && en !== undefined && new RegExp(`(?<![\\w-])${escape(t.en)}(?![\\w-])`, 'i').test(en);
		});
		if (missing.length) {
			problems.push({
				file: `src/data/glossary/${t.group}.yaml`,
				line: termLine(root, t.group, t.id),
				message: `glossary term ${t.id} is used on ${missing.join(', ')} but its \`topics\` list leaves ${missing.length > 1 ? 'them' : 'it'} out: add ${missing.join(', ')} to \`topics\``,
			});
		}
	}
	return problems;
}
