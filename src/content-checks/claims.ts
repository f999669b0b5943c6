// Evidence on topic pages. A figure stands in a sentence that links its primary source, or inside an
// evidence marker (<Claim source="…">, src/reading/claim-markers.ts) that names the discussion it
// rests on, or in src/data/figure-exceptions.yaml with a reason. Markers name a known discussion
// and hold no link (a marked claim has no primary source to link, and a link inside a link is invalid).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { topicSlugs } from '../config/topics.ts';
import { figureException, type FigureException } from '../schemas/figure-exception.ts';
import type { Problem } from './checks.ts';
import { sectionsOf } from './figure-parity.ts';
import { figuresIn } from './figures.ts';
import { CLAIM, claimsOf } from './claim-syntax.ts';
import type { Page } from './read-pages.ts';

export const EXCEPTIONS_FILE = 'src/data/figure-exceptions.yaml';

/** Sections whose figures are citations themselves or only point elsewhere. */
const SKIP_SECTIONS = new Set(['sources', 'related-topics', 'frontmatter']);

const isTopic = (p: Page) => (topicSlugs as readonly string[]).includes(p.slug);

export function checkClaimMarkers(pages: Page[], discussionIds: Set<string>): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const lines = page.source.split('\n');
		lines.forEach((line, i) => {
			const opened = (line.match(/<Claim\b/g) ?? []).length;
			const closed = (line.match(/<\/Claim>/g) ?? []).length;
			if (opened !== closed) problems.push({ file: page.file, line: i + 1, message: 'an evidence marker <Claim …>…</Claim> opens and closes on the same line' });
		});
		for (const c of claimsOf(page.source)) {
			if (!isTopic(page)) problems.push({ file: page.file, line: c.line, message: 'evidence markers (<Claim>) belong on topic pages only' });
			if (!discussionIds.has(c.source)) problems.push({ file: page.file, line: c.line, message: `<Claim source="${c.source}">: the source must name one of ${[...discussionIds].join(', ')} (src/data/discussions.yaml)` });
			if (/\]\(|<a\b/.test(c.text)) problems.push({ file: page.file, line: c.line, message: '<Claim> holds a link: a claim with a primary source needs no marker; cite it instead' });
		}
	}
	return problems;
}

/** Sentences of a Markdown passage: Japanese at 。, English at a full stop before a capital; table rows, list items and headings are units of their own. */
export function sentencesOf(text: string, firstLine: number): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	text.split('\n').forEach((line, i) => {
		if (/^\s*\|?\s*-{3,}/.test(line) || !line.trim()) return;
		// A list item's own number is not a figure (and not a sentence of its own).
		const parts = line.replace(/^(\s*)\d+[.)]\s+/, '$1').split(/(?<=。)|(?<=[.?!]["”)]?)\s+(?=["“(*[]?[A-Z])/);
		for (const part of parts) if (part.trim()) out.push({ text: part, line: firstLine + i });
	});
	return out;
}

/** Names that hold digits but state nothing to check: model versions (Claude Opus 4 and 4.1,
 * Sonnet 4.5), numbered experiments, studies, groups, challenges, tables and figures, parts and
 * epochs of a talk. Identifiers (GPT-4o, arXiv ids)
 * are names too and are left out below. */
const NAMES = /(?:Opus|Sonnet|Haiku|Gemini)\s*\d+(?:\.\d+)?(?:\s*(?:と|and|、|,|\/|or)\s*\d+(?:\.\d+)?)*|(?:[Ee]xperiments?|実験|[Ee]poch|エポック|第|Part|Concern|懸念|Study|Studies|研究|Group|グループ|[Cc]hallenges?|課題|Table|Figure|表|図|[Vv]ersions?)\s*\d+(?:\s*(?:と|and|、|,|or)\s*\d+)*/g;

/** Whether a sentence links a primary source: an external link. */
const cites = (sentence: string) => /\]\(\s*<?https?:\/\//.test(sentence);

export interface UnmarkedFigure { page: Page; section: string; line: number; figure: string }

/** Every figure on a topic page outside a citing sentence and outside a marker. */
export function unmarkedFigures(pages: Page[]): UnmarkedFigure[] {
	const found: UnmarkedFigure[] = [];
	for (const page of pages.filter(isTopic)) {
		for (const section of sectionsOf(page)) {
			if (SKIP_SECTIONS.has(section.id)) continue;
			// The section's text starts with its heading line (or the lead's first body line).
			const first = section.id === 'lead' ? page.bodyLine - 1 : section.line;
			for (const s of sentencesOf(section.text, first)) {
				if (cites(s.text)) continue;
				for (const figure of figuresIn(s.text.replace(CLAIM, ' ').replace(NAMES, ' '))) if (!figure.startsWith('id:')) found.push({ page, section: section.id, line: s.line, figure });
			}
		}
	}
	return found;
}

export function loadFigureExceptions(root: string): { exceptions: FigureException[]; problems: Problem[] } {
	const source = readFileSync(join(root, EXCEPTIONS_FILE), 'utf8');
	const entryLines = source.split('\n').flatMap((l, i) => (/^- /.test(l) ? [i + 1] : []));
	let raw: unknown;
	try {
		raw = parseYaml(source) ?? [];
	} catch (e) {
		const err = e as { mark?: { line: number }; reason?: string; message: string };
		return { exceptions: [], problems: [{ file: EXCEPTIONS_FILE, line: (err.mark?.line ?? 0) + 1, message: `invalid YAML: ${err.reason ?? err.message}` }] };
	}
	if (!Array.isArray(raw)) return { exceptions: [], problems: [{ file: EXCEPTIONS_FILE, line: 1, message: 'expected a YAML list of exceptions' }] };
	const exceptions: FigureException[] = [];
	const problems: Problem[] = [];
	raw.forEach((entry, i) => {
		const parsed = figureException.safeParse(entry);
		if (parsed.success) exceptions.push(parsed.data);
		else problems.push({ file: EXCEPTIONS_FILE, line: entryLines[i], message: `invalid exception: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}` });
	});
	return { exceptions, problems };
}

export function checkUnmarkedFigures(pages: Page[], exceptions: FigureException[]): Problem[] {
	const problems: Problem[] = [];
	const used = new Set<FigureException>();
	for (const u of unmarkedFigures(pages)) {
		const x = exceptions.find((e) => e.page === u.page.slug && e.section === u.section && e.figures.includes(u.figure));
		if (x) {
			used.add(x);
			continue;
		}
		problems.push({
			file: u.page.file,
			line: u.line,
			message: `section "${u.section}": the figure ${u.figure} has no citation in its sentence and no evidence marker. Link its primary source in the sentence, mark it <Claim source="…">…</Claim> if it rests only on a discussion, or list it with a reason in ${EXCEPTIONS_FILE}`,
		});
	}
	// An entry for a page this site does not have (a test fixture's smaller site) is not judged here.
	const slugs = new Set(pages.map((p) => p.slug));
	for (const x of exceptions) {
		if (!used.has(x) && slugs.has(x.page)) problems.push({ file: EXCEPTIONS_FILE, message: `exception for ${x.page} section "${x.section}" (${x.figures.join(', ')}) matches no unmarked figure any more: remove it` });
	}
	return problems;
}
