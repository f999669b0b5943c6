// The checks that compare a page with its translation and with its sources: figures parity (pages
// and glossary definitions) and sources complete. They read files beyond content/ (the allowance
// list, sources.yaml, the glossary), so they take the project root.
import { loadGlossary, loadSources } from '../data/load.ts';
import type { Problem } from './checks.ts';
import { checkFigureParity, checkGlossaryFigureParity, loadAllowances } from './figure-parity.ts';
import type { Page } from './read-pages.ts';
import { checkSourcesComplete } from './sources-complete.ts';

export function pairChecks(root: string, pages: Page[]): Problem[] {
	const { allowances, problems } = loadAllowances(root);
	const glossary = loadGlossary(root) as unknown as Parameters<typeof checkGlossaryFigureParity>[0];
	return [...problems, ...checkFigureParity(pages, allowances), ...checkGlossaryFigureParity(glossary), ...checkSourcesComplete(pages, loadSources(root))];
}
