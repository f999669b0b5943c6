// Runs textlint over content pages with the settings for each page's language and returns the
// findings as content-check problems (file, line, message).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { loadGlossary } from '../data/load.ts';
import type { Problem } from '../content-checks/checks.ts';
import { englishRules, japaneseRules, textlintrc } from './textlint-config.ts';
import { prhDictionary, type ProseLang, type TermVariants } from './prh-dictionary.ts';

/** English pages live under content/en/; every other page is Japanese. */
export const proseLangOf = (file: string): ProseLang => (/(^|\/)en\//.test(file.split('\\').join('/')) ? 'en' : 'ja');

/** Quotation marks per language: text inside them is quoted verbatim, so a glossary variant there
 * (a quoted title that writes アラインメント) is the source's wording, not ours. */
const QUOTES: Record<ProseLang, [string, string][]> = {
	ja: [['「', '」'], ['『', '』']],
	en: [['“', '”'], ['"', '"']],
};

export function insideQuotation(line: string, column: number, lang: ProseLang): boolean {
	const before = line.slice(0, column);
	return QUOTES[lang].some(([open, close]) => {
		if (open === close) return before.split(open).length % 2 === 0;
		return before.split(open).length - 1 > before.split(close).length - 1;
	});
}

async function linterFor(root: string, lang: ProseLang, terms: TermVariants[]) {
	const rules = {
		...(lang === 'ja' ? japaneseRules : englishRules),
		prh: { ruleContents: [prhDictionary(terms, lang)] },
	};
	// loadTextlintrc reads a file; the settings are code (with reasons), so write them out briefly.
	const dir = mkdtempSync(join(tmpdir(), 'prose-lint-'));
	try {
		const configFilePath = join(dir, 'textlintrc.json');
		writeFileSync(configFilePath, JSON.stringify(textlintrc(rules)));
		const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: join(root, 'node_modules') });
		return createLinter({ descriptor, cwd: root });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A textlint message as a problem at `file:line`, quoting where it is on `lineText`. */
function toProblem(m: { ruleId: string; message: string; column: number }, file: string, line: number, lineText: string): Problem {
	// Japanese paragraphs are one long line: quote where the finding is (sentence-length's column is
	// not the sentence's start, so it gets no quote).
	const at = m.ruleId.endsWith('sentence-length') ? '' : ` at "${lineText.slice(m.column - 1, m.column + 19)}…"`;
	return { file, line, message: `${m.message.split('\n')[0]} (textlint ${m.ruleId.replace(/^ja-technical-writing\//, '')})${at}` };
}

/** The glossary definitions are prose readers see on the glossary page: lint each `ja_def` and
 * `en_def` as a paragraph and report the YAML line it is on. */
async function lintGlossary(root: string, lang: ProseLang, linter: Awaited<ReturnType<typeof linterFor>>): Promise<Problem[]> {
	const dir = join(root, 'src/data/glossary');
	const problems: Problem[] = [];
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
		const yamlLines = readFileSync(join(dir, name), 'utf8').split('\n');
		const defs = yamlLines.flatMap((l, i) => (l.startsWith(`  ${lang}_def: `) ? [{ line: i + 1, text: String(parseYaml(l.slice(`  ${lang}_def: `.length))) }] : []));
		if (!defs.length) continue;
		// One paragraph per definition, two lines apart: paragraph n is on line 2n + 1.
		const result = await linter.lintText(defs.map((d) => d.text).join('\n\n'), join(dir, `${name}.${lang}.md`));
		for (const m of result.messages) {
			const def = defs[(m.line - 1) / 2];
			if (!def || (m.ruleId === 'prh' && insideQuotation(def.text, m.column - 1, lang))) continue;
			problems.push(toProblem(m, `src/data/glossary/${name}`, def.line, def.text));
		}
	}
	return problems;
}

/** textlint findings for the given .mdx files (absolute or relative to root), and for the glossary
 * definitions when `glossary` is set. */
export async function runTextlint(root: string, files: string[], { glossary = false } = {}): Promise<Problem[]> {
	const terms = loadGlossary(root) as unknown as TermVariants[];
	const problems: Problem[] = [];
	for (const lang of ['ja', 'en'] as const) {
		const mine = files.map((f) => resolve(root, f)).filter((f) => proseLangOf(relative(root, f)) === lang);
		if (!mine.length && !glossary) continue;
		const linter = await linterFor(root, lang, terms);
		if (glossary) problems.push(...(await lintGlossary(root, lang, linter)));
		if (!mine.length) continue;
		for (const result of await linter.lintFiles(mine)) {
			const file = relative(root, result.filePath).split('\\').join('/');
			const lines = readFileSync(result.filePath, 'utf8').split('\n');
			for (const m of result.messages) {
				if (m.ruleId === 'prh' && insideQuotation(lines[m.line - 1] ?? '', m.column - 1, lang)) continue;
				problems.push(toProblem(m, file, m.line, lines[m.line - 1] ?? ''));
			}
		}
	}
	return problems;
}
