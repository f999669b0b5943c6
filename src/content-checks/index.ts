import { join } from 'node:path';
import { loadGlossary, loadSources } from '../data/load.ts';
import { allChecks, type Problem, type Site } from './checks.ts';
import { readPages } from './read-pages.ts';
import { evidenceChecks, pairChecks } from './pair-checks.ts';
import { localePath, langs } from '../config/locales.ts';

export type { Problem } from './checks.ts';

/** Pages that have no MDX file but may be linked: the search page in each language. */
export const generatedUrls = () => new Set(langs.map((l) => localePath(l, 'search')));

export function loadSite(root: string, contentDir = join(root, 'content')): Site {
	return {
		pages: readPages(root, contentDir),
		sourceIds: new Set(loadSources(root).map((s) => String(s.id))),
		glossary: loadGlossary(root) as unknown as Site['glossary'],
		extraUrls: generatedUrls(),
	};
}

export function runContentChecks(root: string, contentDir?: string): Problem[] {
	const site = loadSite(root, contentDir);
	return [...allChecks.flatMap((check) => check(site)), ...pairChecks(root, site.pages), ...evidenceChecks(root, site.pages)];
}

export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
}
