// Sources complete: every external link in a topic page's body is a source in src/data/sources.yaml
// that the page's frontmatter `sources:` cites, so the sources page is the whole bibliography.
// Reference pages (the offline help links browser documentation) are not topics and are left out.
import { topicSlugs } from '../config/topics.ts';
import type { Problem } from './checks.ts';
import type { Page } from './read-pages.ts';

const EXTERNAL = /^https?:\/\//i;

/** The same document whatever the spelling: no fragment, no trailing slash, host in lower case,
 * and an arXiv paper whatever its version (a page may link v1 of a source listed without one). */
export function sameDocument(url: string): string {
	try {
		const u = new URL(url);
		const host = u.host.toLowerCase();
		let path = u.pathname.replace(/\/+$/, '');
		if (host === 'arxiv.org') path = path.replace(/^\/(abs|pdf)\/([^/]+?)(v\d+)?(\.pdf)?$/, '/abs/$2');
		return `${u.protocol}//${host}${path}${u.search}`;
	} catch {
		return url;
	}
}

/** Every http(s) address a source entry gives (`url`, `also_url`, …), mapped to the source id. */
export function sourceUrls(sources: Record<string, unknown>[]): Map<string, string> {
	const byUrl = new Map<string, string>();
	for (const s of sources) {
		for (const value of Object.values(s)) {
			if (typeof value === 'string' && EXTERNAL.test(value)) byUrl.set(sameDocument(value), String(s.id));
		}
	}
	return byUrl;
}

export function checkSourcesComplete(pages: Page[], sources: Record<string, unknown>[]): Problem[] {
	const problems: Problem[] = [];
	const byUrl = sourceUrls(sources);
	const topics = new Set<string>(topicSlugs);
	for (const p of pages) {
		if (!topics.has(p.slug)) continue;
		const cited = new Set(Array.isArray(p.frontmatter.sources) ? p.frontmatter.sources.map(String) : []);
		for (const { href, line } of p.links) {
			if (!EXTERNAL.test(href)) continue;
			const id = byUrl.get(sameDocument(href));
			if (!id) {
				problems.push({ file: p.file, line, message: `link "${href}" is not a source: add it to src/data/sources.yaml and to this page's frontmatter \`sources:\`, or link a source already listed` });
			} else if (!cited.has(id)) {
				problems.push({ file: p.file, line, message: `link "${href}" is source "${id}", which this page's frontmatter \`sources:\` does not cite: add ${id} to \`sources:\`` });
			}
		}
	}
	return problems;
}
