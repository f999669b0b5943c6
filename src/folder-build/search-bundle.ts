// Folder copy: the two classic scripts that let the search run from file:// (read by
// src/search/folder-engine.ts): Pagefind's own pagefind.js as a classic script, and every file of
// the index and the lexicons, unchanged, as base64 in a script. The website's index, not a copy
// of it rebuilt differently: the folder answers exactly as the site does.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { rolldown } from 'rolldown';
import { FOLDER_SEARCH } from '../search/folder-engine.ts';

/** The files Pagefind and the search client request; not Pagefind's ready-made UIs nor its worker. */
const INDEX_FILE = /^pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/[^/]+|fragment\/[^/]+|kb-(?:lexicon|readings|variants|glossary)\.[^/]+\.bin)$/;

async function classicPagefind(dir: string): Promise<string> {
	const build = await rolldown({
		input: join(dir, 'pagefind', 'pagefind.js'),
		logLevel: 'warn',
		// Pagefind reads import.meta.url only to find its files when no basePath is given; we give one.
		transform: { define: { 'import.meta': '{}' } },
	});
	try {
		const { output } = await build.generate({ format: 'iife', name: FOLDER_SEARCH.engineGlobal, minify: true });
		return output[0].code;
	} finally {
		await build.close();
	}
}

/** The two scripts, by path from the root; their bytes and the index files they hold. */
export async function searchBundle(dir: string): Promise<{ files: Map<string, string>; indexFiles: number }> {
	const entries = await readdir(join(dir, 'pagefind'), { withFileTypes: true, recursive: true });
	const index: Record<string, string> = {};
	for (const e of entries) {
		if (!e.isFile()) continue;
		const path = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
		if (INDEX_FILE.test(path)) index[path] = (await readFile(join(dir, path))).toString('base64');
	}
	if (!index['pagefind/pagefind-entry.json']) throw new Error(`no Pagefind index in ${dir}/pagefind: build the site first`);
	return {
		files: new Map([
			[FOLDER_SEARCH.data, `window.${FOLDER_SEARCH.dataGlobal}=${JSON.stringify(index)};\n`],
			[FOLDER_SEARCH.engine, await classicPagefind(dir)],
		]),
		indexFiles: Object.keys(index).length,
	};
}
