// Each check takes the parsed site and returns the problems it finds, with file and line, and
// what to do about them. They run before every build (src/integrations/content-checks.ts).
import { localePath, langs, type Lang } from '../config/locales.ts';
import { referenceSlugs, topicSlugs } from '../config/topics.ts';
import { mdxToJs } from 'satteri';
import type { Page } from './read-pages.ts';
import { checkGlossaryTopics } from './glossary-topics.ts';

export interface Problem { file: string; line?: number; message: string }

export interface Site {
	pages: Page[];
	sourceIds: Set<string>;
	glossary: { id: string; ja: string; en: string; topics: string[]; group: string }[];
	/** Pages that exist without an MDX file (search pages, generated redirects). */
	extraUrls: Set<string>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkTranslations({ pages }: Site): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map<string, Map<Lang, Page>>();
	for (const p of pages) {
		if (!bySlug.has(p.slug)) bySlug.set(p.slug, new Map());
		bySlug.get(p.slug)!.set(p.lang, p);
	}
	for (const [slug, byLang] of bySlug) {
		const [first] = byLang.values();
		for (const lang of langs) {
			if (!byLang.has(lang)) {
				const expected = lang === 'ja' ? `content/${slug || 'index'}.mdx` : `content/${lang}/${slug || 'index'}.mdx`;
				problems.push({ file: first.file, message: `has no ${lang} translation: add ${expected} with the same section ids` });
			}
		}
		const ja = byLang.get('ja');
		for (const other of byLang.values()) {
			if (!ja || other === ja) continue;
			const a = ja.headings.filter((h) => h.depth <= 3).map((h) => h.id ?? '(none)');
			const b = other.headings.filter((h) => h.depth <= 3).map((h) => h.id ?? '(none)');
			const n = Math.max(a.length, b.length);
			for (let i = 0; i < n; i++) {
				if (a[i] === b[i]) continue;
				const h = other.headings.filter((x) => x.depth <= 3)[i];
				problems.push({
					file: other.file,
					line: h?.line,
					message: `section ids differ from ${ja.file}: section ${i + 1} is "${b[i] ?? '(missing)'}" here but "${a[i] ?? '(missing)'}" there; a translation keeps the same sections in the same order`,
				});
				break;
			}
		}
	}
	return problems;
}

/** Frontmatter keys pages may use: Starlight's that we use, and ours (src/schemas/page.ts). */
const FRONTMATTER_KEYS = ['title', 'description', 'sources', 'sidebar', 'template', 'hero', 'tableOfContents', 'head', 'prev', 'next', 'banner', 'draft', 'pagefind'];

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

export function checkFrontmatter({ pages, sourceIds }: Site): Problem[] {
	const problems: Problem[] = [];
	for (const p of pages) {
		if (p.frontmatterError) {
			problems.push({ file: p.file, line: p.frontmatterError.line, message: `invalid frontmatter: ${p.frontmatterError.message}` });
			continue;
		}
		for (const key of ['title', 'description']) {
			const v = p.frontmatter[key];
			if (typeof v !== 'string' || !v.trim()) {
				problems.push({ file: p.file, line: p.frontmatterLines[key] ?? 1, message: `frontmatter needs a non-empty \`${key}\`` });
			}
		}
		for (const key of Object.keys(p.frontmatter)) {
			if (!FRONTMATTER_KEYS.includes(key)) {
				const near = FRONTMATTER_KEYS.find((k) => editDistance(k, key) <= 2);
				problems.push({ file: p.file, line: p.frontmatterLines[key], message: `unknown frontmatter key \`${key}\`${near ? `: did you mean \`${near}\`?` : `: the keys are ${FRONTMATTER_KEYS.join(', ')}`}` });
			}
		}
		const sidebar = p.frontmatter.sidebar as { order?: unknown } | undefined;
		if (sidebar !== undefined && (typeof sidebar !== 'object' || sidebar === null || (sidebar.order !== undefined && !Number.isInteger(sidebar.order)))) {
			problems.push({ file: p.file, line: p.frontmatterLines.sidebar, message: '`sidebar` must be a block with a whole-number `order:` (the same number in both languages)' });
		}
		const sources = p.frontmatter.sources;
		if (sources === undefined) continue;
		if (!Array.isArray(sources)) {
			problems.push({ file: p.file, line: p.frontmatterLines.sources, message: '`sources` must be a list of source ids' });
			continue;
		}
		for (const id of sources) {
			if (!sourceIds.has(String(id))) {
				problems.push({ file: p.file, line: p.frontmatterLines.sources, message: `unknown source id "${id}": add it to src/data/sources.yaml or fix the spelling` });
			}
		}
	}
	return problems;
}

export function checkHeadings({ pages }: Site): Problem[] {
	const problems: Problem[] = [];
	for (const p of pages) {
		const seen = new Map<string, number>();
		for (const h of p.headings) {
			if (h.depth === 1) {
				problems.push({ file: p.file, line: h.line, message: 'a page has no `#` heading: its title comes from frontmatter; use `##` for sections' });
				continue;
			}
			if (h.id === undefined) {
				if (h.depth <= 3) problems.push({ file: p.file, line: h.line, message: `heading "${h.text}" has no id: end it with {#lowercase-ascii-id}, the same id as in the other language` });
				continue;
			}
			if (h.text.endsWith('\\')) {
				problems.push({ file: p.file, line: h.line, message: `heading "${h.text}" shows a backslash: write the id as {#${h.id}}, without \\` });
			}
			if (!ID.test(h.id)) {
				problems.push({ file: p.file, line: h.line, message: `heading id "${h.id}" is not lowercase ASCII words joined by hyphens (a-z, 0-9, -)` });
			}
			if (seen.has(h.id)) {
				problems.push({ file: p.file, line: h.line, message: `heading id "${h.id}" is used twice on this page (first at line ${seen.get(h.id)})` });
			} else seen.set(h.id, h.line);
		}
	}
	return problems;
}

/** Ids a page exposes as #anchors: its heading ids plus generated ones (glossary terms). */
export function anchorsOf(page: Page, site: Site): Set<string> {
	const ids = new Set(page.headings.map((h) => h.id).filter((x): x is string => !!x));
	if (page.slug === 'glossary') for (const t of site.glossary) ids.add(`term-${t.id}`);
	if (page.slug === 'sources') for (const id of site.sourceIds) ids.add(`source-${id}`);
	return ids;
}

/** What to say about a missing #anchor: generated anchors name the data file to fix. */
function missingAnchor(href: string, hash: string, target: Page): string {
	if (target.slug === 'glossary' && hash.startsWith('term-')) {
		return `link "${href}": unknown glossary id "${hash.slice(5)}": add the term to a file in src/data/glossary/, or use an existing id`;
	}
	if (target.slug === 'sources' && hash.startsWith('source-')) {
		return `link "${href}": unknown source id "${hash.slice(7)}": add it to src/data/sources.yaml or fix the spelling`;
	}
	return `link "${href}": ${target.file} has no section with id "${hash}"`;
}

export function checkLinks(site: Site): Problem[] {
	const problems: Problem[] = [];
	const byUrl = new Map(site.pages.map((p) => [p.url, p]));
	for (const p of site.pages) {
		for (const { href, line } of p.links) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external
			if (!href.startsWith('/') && !href.startsWith('#')) {
				problems.push({ file: p.file, line, message: `link "${href}" is relative: write internal links root-relative, e.g. ${localePath(p.lang, 'introspection')}` });
				continue;
			}
			const [pathPart, hash] = href.split('#', 2);
			const path = pathPart === '' ? p.url : pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
			const target = byUrl.get(path);
			if (!target && !site.extraUrls.has(path)) {
				problems.push({ file: p.file, line, message: `link "${href}" points to no page (no content file serves ${path})` });
				continue;
			}
			if (target && target.lang !== p.lang) {
				problems.push({ file: p.file, line, message: `link "${href}" leads to the ${target.lang} page from a ${p.lang} page: link ${localePath(p.lang, target.slug)} instead` });
			}
			if (hash && target && !anchorsOf(target, site).has(hash)) {
				problems.push({ file: p.file, line, message: missingAnchor(href, hash, target) });
			}
		}
	}
	return problems;
}

export function checkGlossary(site: Site): Problem[] {
	const problems: Problem[] = [];
	const slugs = new Set<string>([...topicSlugs, ...referenceSlugs]);
	const seen = { id: new Map<string, string>(), ja: new Map<string, string>(), en: new Map<string, string>() };
	for (const t of site.glossary) {
		const file = `src/data/glossary/${t.group}.yaml`;
		for (const key of ['id', 'ja', 'en'] as const) {
			const value = key === 'en' ? t[key].toLowerCase() : t[key];
			const other = seen[key].get(value);
			if (other) problems.push({ file, message: `glossary ${key} "${t[key]}" (term ${t.id}) is also defined in ${other}: keep one entry` });
			else seen[key].set(value, file);
		}
		for (const topic of t.topics) {
			if (!slugs.has(topic)) problems.push({ file, message: `glossary term ${t.id} names unknown topic "${topic}"` });
		}
	}
	return problems;
}

const PERSONAL_DATA: [RegExp, string][] = [
	[/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/, 'an e-mail address'],
	[/(?<![\d.-])(?:\+\d{1,3}[ -]?)?\(?0\d{1,4}\)?[ -]\d{1,4}[ -]\d{3,4}(?![\d-])/, 'a phone number'],
	[/〒\s*\d{3}-?\d{4}|\b\d{3}-\d{4}\b(?=.*[都道府県市区町村])/, 'a postal address'],
	[/[都道府県][^\s、。]{1,8}[市区町村][^\s、。]{1,12}\d+(丁目|番地?|-\d+)/, 'a postal address'],
	[/chatgpt\.com\/(c|share)\//, 'a private chat link'],
];

export function checkPersonalData({ pages }: Site): Problem[] {
	const problems: Problem[] = [];
	for (const p of pages) {
		p.source.split('\n').forEach((line, i) => {
			const scrubbed = line.replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => (/chatgpt\.com/.test(m) ? m : ''));
			for (const [re, what] of PERSONAL_DATA) {
				if (re.test(scrubbed)) {
					problems.push({ file: p.file, line: i + 1, message: `looks like ${what}: personal data must not be published; remove it` });
				}
			}
		});
	}
	return problems;
}

/** Malformed MDX (an unclosed tag, a stray `{` or `<`), reported before Astro's own, terser error. */
export function checkMdxSyntax({ pages }: Site): Problem[] {
	const problems: Problem[] = [];
	for (const p of pages) {
		try {
			mdxToJs(p.source, { features: { headingAttributes: true, directive: true } });
		} catch (e) {
			const message = (e as Error).message;
			const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [, undefined, message];
			problems.push({
				file: p.file,
				line: line ? Number(line) : undefined,
				message: `malformed MDX: ${rest.replace(/ \(mdx[^)]*\)$/, '').replace(/ \(\d+:\d+\)$/, '')}. Close every tag, and write a literal { as \\{ and < as &lt;`,
			});
		}
	}
	return problems;
}

/** A table's header row names every column: screen readers read the header with each cell. */
export function checkTables({ pages }: Site): Problem[] {
	const problems: Problem[] = [];
	for (const p of pages) {
		const lines = p.source.split('\n');
		lines.forEach((line, i) => {
			if (!/^\s*\|/.test(line) || !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i + 1] ?? '')) return;
			const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
			const empty = cells.findIndex((c) => !c.trim());
			if (empty >= 0) {
				problems.push({ file: p.file, line: i + 1, message: `table header cell ${empty + 1} is empty: name every column (screen readers announce it with each cell)` });
			}
		});
	}
	return problems;
}

export const allChecks = [checkMdxSyntax, checkFrontmatter, checkTranslations, checkHeadings, checkLinks, checkGlossary, checkGlossaryTopics, checkPersonalData, checkTables];
