// A zip archive of a folder, so the folder copy can be handed out as one file that every operating
// system unpacks without extra software. fflate writes it (deflate, UTF-8 names); this file only
// chooses what goes in and how.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** One fixed moment for every entry, so the same folder gives the same bytes. */
const MTIME = new Date(2026, 0, 1);

/** Writes `zipFile` with every file under `dir`, inside a top folder named `folder`. */
export async function writeZip(dir: string, zipFile: string, folder: string): Promise<{ files: number; bytes: number }> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const paths = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
	const files: Zippable = {};
	for (const path of paths) {
		files[`${folder}/${path}`] = [await readFile(join(dir, path)), { level: 9, mtime: MTIME }];
	}
	const zip = zipSync(files);
	await writeFile(zipFile, zip);
	return { files: paths.length, bytes: zip.length };
}
