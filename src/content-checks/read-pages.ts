// Reads content/ into plain records with line numbers, so every check can name file and line.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { localeDirs, localePath, type Lang } from '../config/locales.ts';

export interface Heading { depth: number; text: string; id?: string; line: number }
export interface Link { href: string; line: number }
export interface Page {
	/** Path relative to the project root, for messages. */
	file: string;
	lang: Lang;
	/** Slug without language prefix; '' for the home page. */
	slug: string;
	/** URL path without base: `/en/introspection/`. */
	url: string;
	source: string;
	frontmatter: Record<string, unknown>;
	/** Line of each top-level frontmatter key. */
	frontmatterLines: Record<string, number>;
	frontmatterError?: { line: number; message: string };
	/** Line where the body starts (1-based). */
	bodyLine: number;
	headings: Heading[];
	links: Link[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
/** `{#id}` or `\{#id}` at the end of a heading, as Sätteri's heading attributes read it. */
export const HEADING_ID = /[ \t]*\\?\{[ \t]*#([^\s}]*)[^}]*\}$/;
const MD_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HREF_ATTR = /\bhref=["']([^"']+)["']/g;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function langOf(rel: string): { lang: Lang; slug: string } {
	const parts = rel.replace(/\.mdx$/, '').split('/');
	const lang = (Object.entries(localeDirs).find(([, dir]) => dir && dir === parts[0])?.[0] ?? 'ja') as Lang;
	const rest = localeDirs[lang] ? parts.slice(1) : parts;
	const slug = rest.join('/').replace(/(^|\/)index$/, '');
	return { lang, slug };
}

export function parsePage(root: string, absPath: string, contentDir: string): Page {
	const source = readFileSync(absPath, 'utf8');
	const rel = relative(contentDir, absPath).split('\\').join('/');
	const { lang, slug } = langOf(rel);
	const lines = source.split('\n');
	const page: Page = {
		file: relative(root, absPath).split('\\').join('/'),
		lang,
		slug,
		url: localePath(lang, slug),
		source,
		frontmatter: {},
		frontmatterLines: {},
		bodyLine: 1,
		headings: [],
		links: [],
	};
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
		if (end < 0) {
			page.frontmatterError = { line: 1, message: 'frontmatter opened with --- is never closed' };
		} else {
			page.bodyLine = end + 2;
			const block = lines.slice(1, end);
			block.forEach((l, i) => {
				const key = /^([A-Za-z_][\w-]*):/.exec(l)?.[1];
				if (key) page.frontmatterLines[key] = i + 2;
			});
			try {
				const data = parseYaml(block.join('\n'));
				if (data && typeof data === 'object') page.frontmatter = data as Record<string, unknown>;
			} catch (e) {
				const err = e as { mark?: { line: number }; reason?: string; message: string };
				page.frontmatterError = { line: (err.mark?.line ?? 0) + 2, message: err.reason ?? err.message };
			}
		}
	} else {
		page.frontmatterError = { line: 1, message: 'the page has no frontmatter (--- block with title and description)' };
	}
	let fence: string | null = null;
	for (let i = page.bodyLine - 1; i < lines.length; i++) {
		const line = lines[i];
		const fenceMatch = /^\s*(```|~~~)/.exec(line);
		if (fenceMatch) {
			fence = fence === null ? fenceMatch[1] : fence === fenceMatch[1] ? null : fence;
			continue;
		}
		if (fence) continue;
		const h = HEADING.exec(line);
		if (h) {
			const idMatch = HEADING_ID.exec(h[2]);
			page.headings.push({
				depth: h[1].length,
				text: idMatch ? h[2].slice(0, idMatch.index) : h[2],
				id: idMatch?.[1],
				line: i + 1,
			});
		}
		for (const re of [MD_LINK, HREF_ATTR]) {
			for (const m of line.matchAll(re)) page.links.push({ href: m[1], line: i + 1 });
		}
	}
	return page;
}

/** Every MDX page under content/. */
export function readPages(root: string, contentDir = join(root, 'content')): Page[] {
	return walk(contentDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((f) => parsePage(root, f, contentDir));
}
