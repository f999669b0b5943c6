// Checks on what a reader sees of a page: its table of contents, and wrongs wordings reviews found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Lang } from '../config/locales.ts';
import { wrongForm } from '../schemas/wrong-form.ts';
import type { Problem } from './checks.ts';
import type { Page } from './read-pages.ts';

export const WRONG_FORMS_FILE = 'src/data/wrong-forms.yaml';

/** Starlight's own first entry in every table of contents (its `tableOfContents.overview` string). */
export const TOC_OVERVIEW: Record<Lang, string> = { ja: '概要', en: 'Overview' };

/** A heading as the table of contents shows it: no Markdown emphasis, code marks or link targets. */
const tocText = (heading: string) => heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim().toLowerCase();

/** No page's table of contents (Starlight's overview entry, then its ## and ### headings) repeats an entry. */
export function checkTocRepeats(pages: Page[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		if (page.frontmatter.tableOfContents === false) continue;
		const seen = new Map<string, number | undefined>([[TOC_OVERVIEW[page.lang].toLowerCase(), undefined]]);
		for (const h of page.headings.filter((x) => x.depth === 2 || x.depth === 3)) {
			const text = tocText(h.text);
			if (seen.has(text)) {
				const first = seen.get(text);
				problems.push({ file: page.file, line: h.line, message: `the table of contents would list "${h.text.trim()}" twice (${first ? `also line ${first}` : "Starlight's own entry for the top of the page"}): give this heading another title` });
			} else seen.set(text, h.line);
		}
	}
	return problems;
}

export function checkWrongForms(root: string, pages: Page[]): Problem[] {
	const raw = parseYaml(readFileSync(join(root, WRONG_FORMS_FILE), 'utf8'));
	if (!Array.isArray(raw)) return [{ file: WRONG_FORMS_FILE, line: 1, message: 'expected a YAML list of wrong forms' }];
	const problems: Problem[] = [];
	const forms = raw.flatMap((entry, i) => {
		const parsed = wrongForm.safeParse(entry);
		if (!parsed.success) problems.push({ file: WRONG_FORMS_FILE, message: `entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}` });
		return parsed.success ? [parsed.data] : [];
	});
	for (const page of pages) {
		const lines = page.source.split('\n');
		for (const f of forms.filter((x) => x.lang === page.lang && (!x.pages || x.pages.includes(page.slug)))) {
			lines.forEach((line, i) => {
				if (i + 1 < page.bodyLine) return;
				const hit = f.lang === 'en' ? line.toLowerCase().includes(f.form.toLowerCase()) : line.includes(f.form);
				if (hit) problems.push({ file: page.file, line: i + 1, message: `"${f.form}" is wrong here: write ${f.fix} (${f.reason}; ${WRONG_FORMS_FILE})` });
			});
		}
	}
	return problems;
}
