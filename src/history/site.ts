// The site's section history, computed once per build process from the repository the build runs in.
// Pages, routes and the build log share one result (cached on globalThis: the integration and the
// bundled pages are different module instances in one process).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeDirs } from '../config/locales.ts';
import { readManifest } from '../links/manifest.ts';
import { computeHistory, pageKey, type History, type PageHistory, type SectionHistory } from './compute.ts';

const CACHE = Symbol.for('kb.section-history');

/** Every `.mdx` file under `dir`, keyed by its repository path (`content/en/introspection.mdx`). */
export function readContent(root: string, dir = 'content'): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (rel: string) => {
		for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
			const path = `${rel}/${e.name}`;
			if (e.isDirectory()) walk(path);
			else if (/\.mdx?$/.test(e.name)) files.set(path, readFileSync(join(root, path), 'utf8'));
		}
	};
	if (existsSync(join(root, dir))) walk(dir);
	return files;
}

/** History of the project at `root` (default: the working directory). `KB_HISTORY=off` skips git. */
export function loadHistory(root = process.cwd()): History {
	if (process.env.KB_HISTORY === 'off') return { known: false, reason: 'KB_HISTORY=off', ms: 0 };
	const manifest = readManifest(root);
	return computeHistory({ root, localeDirs, moved: manifest.moved, retired: manifest.retired, current: readContent(root) });
}

export function siteHistory(): History {
	const g = globalThis as { [CACHE]?: History };
	return (g[CACHE] ??= loadHistory());
}

export function pageHistory(lang: string, slug: string): PageHistory | undefined {
	const h = siteHistory();
	return h.known ? h.pages.get(pageKey(lang, slug)) : undefined;
}

/** A section's last content change, or undefined (unknown history, or never committed). */
export const lastChange = (s: SectionHistory | undefined) => s?.changes.at(-1);

/** The page's last content change: the latest of its sections'. */
export function pageLastChange(page: PageHistory | undefined) {
	return page?.sections.map(lastChange).filter((c) => c !== undefined).sort((x, y) => x.seq - y.seq).at(-1);
}
