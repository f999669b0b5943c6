// Figures parity: a section of a page (same `{#id}`) states the same numbers, dates, versions and
// identifiers in Japanese and in English, unless src/data/figure-parity.yaml allows a difference,
// and marks the same claims with evidence markers (<Claim source="…">), in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { figureAllowance, type FigureAllowance } from '../schemas/figure-parity.ts';
import { figuresIn } from './figures.ts';
import { claimsOf } from './claim-syntax.ts';
import type { Problem } from './checks.ts';
import type { Page } from './read-pages.ts';

export const ALLOWANCES_FILE = 'src/data/figure-parity.yaml';

export interface Section { id: string; line: number; text: string }

/** A page cut at each heading that has an id; `frontmatter` and `lead` come first. */
export function sectionsOf(page: Page): Section[] {
	const lines = page.source.split('\n');
	const fm = page.frontmatter;
	const sections: Section[] = [
		{ id: 'frontmatter', line: 1, text: [fm.title, fm.description].filter((x) => typeof x === 'string').join('\n') },
		{ id: 'lead', line: page.bodyLine, text: '' },
	];
	const starts = new Map(page.headings.filter((h) => h.id).map((h) => [h.line, h]));
	for (let i = page.bodyLine - 1; i < lines.length; i++) {
		const h = starts.get(i + 1);
		if (h) sections.push({ id: h.id!, line: h.line, text: h.text });
		else sections[sections.length - 1].text += `\n${lines[i]}`;
	}
	return sections;
}

/** The allowances, validated; problems name the file and the entry's line. */
export function loadAllowances(root: string): { allowances: FigureAllowance[]; problems: Problem[] } {
	const source = readFileSync(join(root, ALLOWANCES_FILE), 'utf8');
	const entryLines = source.split('\n').flatMap((l, i) => (/^- /.test(l) ? [i + 1] : []));
	let raw: unknown;
	try {
		raw = parseYaml(source);
	} catch (e) {
		const err = e as { mark?: { line: number }; reason?: string; message: string };
		return { allowances: [], problems: [{ file: ALLOWANCES_FILE, line: (err.mark?.line ?? 0) + 1, message: `invalid YAML: ${err.reason ?? err.message}` }] };
	}
	if (!Array.isArray(raw)) return { allowances: [], problems: [{ file: ALLOWANCES_FILE, line: 1, message: 'expected a YAML list of allowances' }] };
	const allowances: FigureAllowance[] = [];
	const problems: Problem[] = [];
	raw.forEach((entry, i) => {
		const parsed = figureAllowance.safeParse(entry);
		if (parsed.success) allowances.push(parsed.data);
		else problems.push({ file: ALLOWANCES_FILE, line: entryLines[i], message: `invalid allowance: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}` });
	});
	return { allowances, problems };
}

const list = (xs: string[]) => (xs.length ? xs.join(', ') : '(none)');

export function checkFigureParity(pages: Page[], allowances: FigureAllowance[]): Problem[] {
	const problems: Problem[] = [];
	const used = new Set<FigureAllowance>();
	const ja = new Map(pages.filter((p) => p.lang === 'ja').map((p) => [p.slug, p]));
	for (const en of pages.filter((p) => p.lang === 'en')) {
		const jaPage = ja.get(en.slug);
		if (!jaPage) continue; // checkTranslations reports the missing page
		const enSections = new Map(sectionsOf(en).map((s) => [s.id, s]));
		for (const jaSection of sectionsOf(jaPage)) {
			const enSection = enSections.get(jaSection.id);
			if (!enSection) continue; // checkTranslations reports differing section ids
			const a = figuresIn(jaSection.text);
			const b = figuresIn(enSection.text);
			const allowance = allowances.find((x) => x.page === (en.slug || 'index') && x.section === jaSection.id);
			const jaOnly = [...a].filter((f) => !b.has(f) && !allowance?.ja_only.includes(f)).sort();
			const enOnly = [...b].filter((f) => !a.has(f) && !allowance?.en_only.includes(f)).sort();
			if (allowance) used.add(allowance);
			const stale = allowance ? [...allowance.ja_only.filter((f) => !a.has(f) || b.has(f)), ...allowance.en_only.filter((f) => !b.has(f) || a.has(f))] : [];
			if (stale.length) {
				problems.push({ file: ALLOWANCES_FILE, message: `allowance for ${en.slug || 'index'} section "${jaSection.id}" lists ${list(stale)}, which no longer differ: remove them` });
			}
			// Evidence markers too: the same claims are marked, naming the same discussions, in order.
			const jaClaims = claimsOf(jaSection.text).map((c) => c.source);
			const enClaims = claimsOf(enSection.text).map((c) => c.source);
			if (jaClaims.join() !== enClaims.join()) {
				problems.push({
					file: jaPage.file,
					line: jaSection.line,
					message: `section "${jaSection.id}": evidence markers differ from the same section in English (${en.file}:${enSection.line}): ja marks ${list(jaClaims)}; en marks ${list(enClaims)}. Mark the same claims in both languages`,
				});
			}
			if (!jaOnly.length && !enOnly.length) continue;
			problems.push({
				file: jaPage.file,
				line: jaSection.line,
				message: `section "${jaSection.id}": figures differ from the same section in English (${en.file}:${enSection.line}): only in ja: ${list(jaOnly)}; only in en: ${list(enOnly)}. Say the same in both languages, or allow the difference with a reason in ${ALLOWANCES_FILE}`,
			});
		}
	}
	// An entry for a page this site does not have (a test fixture's smaller site) is not judged here.
	const slugs = new Set(pages.map((p) => p.slug || 'index'));
	for (const x of allowances) {
		if (!used.has(x) && slugs.has(x.page)) problems.push({ file: ALLOWANCES_FILE, message: `allowance for page "${x.page}" section "${x.section}" matches no section present in both languages: fix or remove it` });
	}
	return problems;
}

/** The glossary's two definitions of a term state the same figures (171 emotion concepts, 0.8). */
export function checkGlossaryFigureParity(terms: { id: string; group: string; ja_def?: unknown; en_def?: unknown }[]): Problem[] {
	return terms.flatMap((t) => {
		const a = figuresIn(String(t.ja_def ?? ''));
		const b = figuresIn(String(t.en_def ?? ''));
		const jaOnly = [...a].filter((f) => !b.has(f)).sort();
		const enOnly = [...b].filter((f) => !a.has(f)).sort();
		if (!jaOnly.length && !enOnly.length) return [];
		return [{ file: `src/data/glossary/${t.group}.yaml`, message: `term ${t.id}: ja_def and en_def state different figures: only in ja: ${list(jaOnly)}; only in en: ${list(enOnly)}` }];
	});
}
