// A copy of the project's sources (used by the offline update test), for a build with changed content that must not touch the
// working tree. It lives in .cache/ inside the project, so that it finds the installed packages
// in the parent folder as the project does (Astro rejects symlinked node_modules), while Astro's
// content cache (node_modules/.astro under the copy) stays its own.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the sources of the project at `from` (this one by default; the figures script may name another checkout). */
export function copyProject(from = '.'): string {
	mkdirSync('.cache', { recursive: true });
	const root = mkdtempSync(resolve('.cache', 'kb-project-'));
	for (const entry of SOURCES) cpSync(join(from, entry), join(root, entry), { recursive: true });
	return root;
}

/** Replaces `from` with `to` in a file of the copy; fails if `from` is not there. */
export function editFile(root: string, path: string, from: string, to: string): void {
	const text = readFileSync(join(root, path), 'utf8');
	if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
	writeFileSync(join(root, path), text.replace(from, to));
}

/** Builds the copy into its own dist/ and returns that folder. */
export async function buildProject(root: string): Promise<string> {
	// This very Node (the project's, not whatever `node` the PATH has).
	await promisify(execFile)(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: { ...process.env, BASE_PATH: '/' } });
	return join(root, 'dist');
}
