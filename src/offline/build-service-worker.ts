// Build time: writes the worker's lists and short-link shards (precache.ts) into the built site, and
// bundles service-worker.ts into one classic script, sw.js, with only the version, the mode and a
// few sizes written into it: its size does not depend on the number of pages. Rolldown is the
// bundler Vite 8 itself runs on.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { localeDirs } from '../config/locales.ts';
import { OFFLINE_DIR } from '../config/offline.ts';
import { listPath, listPrecache, shardPath, type ListName, type Precache, type PrecacheFile } from './precache.ts';
import type { WorkerConfig } from './protocol.ts';

const source = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

const size = (files: readonly PrecacheFile[]) => ({ files: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) });

/** What sw.js is built with: the version, the mode, the number of shards and each list's size. */
export function workerConfig(precache: Precache): WorkerConfig & { sizes: Record<string, ReturnType<typeof size>> } {
	const sizes: Record<string, ReturnType<typeof size>> = { all: size(precache.files) };
	for (const [name, files] of Object.entries(precache.lists)) sizes[name] = size(files);
	return { version: precache.version, mode: precache.mode, limit: precache.limit, shards: precache.shards.length, dir: OFFLINE_DIR, prefixes: { ...localeDirs }, sizes };
}

export async function buildServiceWorker(precache: Precache): Promise<string> {
	const bundle = await rolldown({
		input: source,
		logLevel: 'warn',
		transform: { define: { __KB_OFFLINE__: JSON.stringify(workerConfig(precache)) } },
	});
	try {
		const { output } = await bundle.generate({ format: 'iife', minify: true });
		return output[0].code;
	} finally {
		await bundle.close();
	}
}

/** Writes the lists and shards under `kb-offline/<version>/`, and `sw.js` at the root of the built site. */
export async function writeServiceWorker(dir: string, precache: Precache): Promise<void> {
	const write = async (path: string, data: string) => {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), data);
	};
	// A rebuild into the same folder leaves no earlier version's lists behind.
	await rm(join(dir, OFFLINE_DIR), { recursive: true, force: true });
	for (const [name, files] of Object.entries(precache.lists)) await write(listPath(precache.version, name as ListName), JSON.stringify(files));
	for (const [i, shard] of precache.shards.entries()) await write(shardPath(precache.version, i), JSON.stringify(shard));
	await writeFile(join(dir, 'sw.js'), await buildServiceWorker(precache));
}

/** Lists, shards and sw.js for the site built in `dir`; returns the precache and a line for the build log. */
export async function writeOffline(dir: string, base: string, pageUrls: readonly string[], limit?: number): Promise<{ precache: Precache; summary: string }> {
	const precache = await listPrecache(dir, base, pageUrls, limit);
	await writeServiceWorker(dir, precache);
	const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
	const sizes = workerConfig(precache).sizes;
	const langs = Object.keys(localeDirs).map((lang) => `${lang} ${kB(sizes[lang].gzip)}`).join(', ');
	const summary =
		`offline mode ${precache.mode} (whole copy ${kB(sizes.all.gzip)} gzip: shell ${kB(sizes.shell.gzip)}, ${langs}; full up to ${kB(precache.limit)}): ` +
		`${precache.files.length} files (${sizes.all.bytes} bytes), first visit caches ${precache.mode === 'full' ? 'all of them' : `${sizes.shell.files} shell files and one language's search`}; ` +
		`${Object.keys(precache.redirects).length} redirects in ${precache.shards.length} shards, version ${precache.version}`;
	return { precache, summary };
}
