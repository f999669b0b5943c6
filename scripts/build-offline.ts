// `npm run build:offline`: builds the site into dist-offline/, turns it into a folder copy that
// opens from file:// (src/folder-build/), and zips it into dist-offline.zip. dist/ is untouched.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { makeFolderCopy } from '../src/folder-build/index.ts';
import { writeZip } from '../src/folder-build/zip.ts';
import { withBuildMemory } from '../src/config/build-memory.ts';

export const OUT_DIR = 'dist-offline';
export const ZIP_FILE = 'dist-offline.zip';

const started = performance.now();
rmSync(OUT_DIR, { recursive: true, force: true });
// A folder has no deployment path: links are made relative from the site's root. Started as
// `npm run build` starts Astro (scripts/build.ts).
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', OUT_DIR], { stdio: ['ignore', 'inherit', 'inherit'], env: withBuildMemory({ ...process.env, BASE_PATH: '/' }) });
const copy = await makeFolderCopy(OUT_DIR, '/');
const zip = await writeZip(OUT_DIR, ZIP_FILE, 'llm-psychology-kb');
console.log(
	`folder copy: ${copy.pages} pages, ${copy.scripts} classic page scripts, ${copy.indexFiles} search files in ${OUT_DIR}/; ` +
		`${ZIP_FILE}: ${zip.files} files, ${zip.bytes} bytes; ${Math.round(performance.now() - started)} ms`,
);
