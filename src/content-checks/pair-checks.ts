// The checks that compare a page with its translation and with its sources: figures parity (pages
// and glossary definitions) and sources complete. They read files beyond content/ (the allowance
// list, sources.yaml, the glossary), so they take the project root.
import { loadGlossary, loadSources } from '../data/load.ts';
import type { Problem } from './checks.ts';
import { checkFigureParity, checkGlossaryFigureParity, loadAllowances } from './figure-parity.ts';
import type { Page } from './read-pages.ts';
import { checkSourcesComplete } from './sources-complete.ts';
import { checkClaimMarkers, checkUnmarkedFigures, loadFigureExceptions } from './claims.ts';
import { checkTocRepeats, checkWrongForms } from './page-text.ts';
import { loadDiscussions } from '../data/load.ts';

export function pairChecks(root: string, pages: Page[]): Problem[] {
	const { allowances, problems } = loadAllowances(root);
	const glossary = loadGlossary(root) as unknown as Parameters<typeof checkGlossaryFigureParity>[0];
	return [...problems, ...checkFigureParity(pages, allowances), ...checkGlossaryFigureParity(glossary), ...checkSourcesComplete(pages, loadSources(root))];
}

/** Evidence and what readers see: markers, unmarked figures, table-of-contents repeats, wrong forms (build checks, not prose lint). */
export function evidenceChecks(root: string, pages: Page[]): Problem[] {
	const exceptions = loadFigureExceptions(root);
	const discussionIds = new Set(loadDiscussions(root).map((d) => String(d.id)));
	return [
		...checkClaimMarkers(pages, discussionIds),
		...exceptions.problems,
		...checkUnmarkedFigures(pages, exceptions.exceptions),
		...checkTocRepeats(pages),
		...checkWrongForms(root, pages),
	];
}
