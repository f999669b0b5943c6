// The folder copy: turns a built site into one that opens from a folder (file://) with its
// styles, links, language picker and search working. Run by scripts/build-offline.ts on
// dist-offline/ only; the website's build is never changed.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { classicScripts } from './classic-scripts.ts';
import { folderHead } from './page-head.ts';
import { relativizeCss, relativizeHtml, type Rewrite } from './relative-urls.ts';
import { searchBundle } from './search-bundle.ts';
import { completePolicy } from '../security/csp-hashes.ts';

export interface FolderCopyStats { pages: number; scripts: number; indexFiles: number }

async function filesOf(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Rewrites the built site in `dir` (built with `base`) in place into a folder copy. */
export async function makeFolderCopy(dir: string, base: string): Promise<FolderCopyStats> {
	const root = base.replace(/\/?$/, '/');
	// Nothing installs or runs a service worker from file://, a folder has no "not found" page, and
	// preview images (og/) are only fetched from the website, by chats and social sites showing a link;
	// no host reads _headers and _redirects from a folder. The worker's lists (kb-offline/) and its
	// offline-miss pages go with it.
	for (const path of await filesOf(dir)) {
		if (path === 'sw.js' || path === '_headers' || path === '_redirects' || path === '404.html' || path.endsWith('.webmanifest') || path.startsWith('og/') || path.startsWith('kb-offline/') || /^(en\/)?offline\/missing\//.test(path)) await rm(join(dir, path));
	}
	const write = async (path: string, data: string) => {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), data);
	};
	const htmlPaths = (await filesOf(dir)).filter((p) => p.endsWith('.html'));
	const html = new Map(await Promise.all(htmlPaths.map(async (p) => [p, await readFile(join(dir, p), 'utf8')] as const)));
	const scripts = await classicScripts(dir, root, html);
	const search = await searchBundle(dir);
	for (const [path, code] of [...scripts.files, ...search.files]) await write(path, code);
	// The module scripts now live inside the classic bundles, and the index inside its script.
	const pages = [...scripts.pages.values()];
	for (const path of await filesOf(dir)) {
		const unusedModule = path.startsWith('_astro/') && path.endsWith('.js') && !scripts.files.has(path) && !pages.some((p) => p.includes(path));
		const rawIndex = path.startsWith('pagefind/') && !search.files.has(path);
		if (unusedModule || rawIndex) await rm(join(dir, path));
	}

	const existing = new Set(await filesOf(dir));
	const rewrite: Rewrite = { exists: (p) => existing.has(p), missing: [] };
	// The copy's pages carry inline code of their own (the folder head, classic scripts): hash it into
	// each page's security policy again, as the build did for the site.
	for (const [path, page] of scripts.pages) await write(path, completePolicy(relativizeHtml(folderHead(page, path), path, root, rewrite), ''));
	for (const path of existing) {
		if (path.endsWith('.css')) await write(path, relativizeCss(await readFile(join(dir, path), 'utf8'), path, root, rewrite));
	}
	// Content checks already refuse broken links; one here means the copy is wrong, not the content.
	if (rewrite.missing.length) throw new Error(`folder copy: links to files that do not exist:\n${rewrite.missing.join('\n')}`);
	return { pages: html.size, scripts: scripts.files.size, indexFiles: search.indexFiles };
}
