// A throwaway copy of the project, for tests that must change content (remove an anchor, move a
// page) or build with other settings, without touching the working tree. node_modules is copied as
// hard links (instant, no extra space): Astro cannot build with packages symlinked from outside its
// root, and its caches (node_modules/.astro, .vite) must stay private to the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'content', 'src', 'public', 'scripts'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * The environment without what Vitest adds for its own Vite (BASE_URL, MODE, …): a build started
 * from a test would read BASE_URL=/ as its base and ignore BASE_PATH.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) || key.startsWith('VITEST')) delete env[key];
	return env;
}

export interface ProjectCopy {
	dir: string;
	/** Rewrites a file of the copy. */
	edit(file: string, change: (text: string) => string): void;
	/** Renames a file of the copy, as `git mv` would. */
	rename(from: string, to: string): void;
	/** Runs a project script (`scripts/x.ts`) or binary with the project's Node. */
	run(args: string[], env?: Record<string, string>): { status: number | null; output: string };
	remove(): void;
}

export function copyProject(root = process.cwd()): ProjectCopy {
	const dir = mkdtempSync(join(tmpdir(), 'kb-copy-'));
	for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
	const modules = join(dir, 'node_modules');
	// Hard links need one file system; elsewhere fall back to a real copy.
	if (spawnSync('cp', ['-al', join(root, 'node_modules'), modules]).status !== 0) cpSync(join(root, 'node_modules'), modules, { recursive: true, verbatimSymlinks: true });
	for (const cache of PRIVATE_CACHES) rmSync(join(modules, cache), { recursive: true, force: true });
	const node = join(root, 'node_modules/.bin/node');
	return {
		dir,
		edit(file, change) {
			const path = join(dir, file);
			writeFileSync(path, change(readFileSync(path, 'utf8')));
		},
		rename: (from, to) => renameSync(join(dir, from), join(dir, to)),
		run(args, env = {}) {
			const r = spawnSync(node, args, { cwd: dir, env: { ...cleanEnv(), ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
			return { status: r.status, output: `${r.stdout}${r.stderr}` };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** `astro build` in the copy; throws with Astro's output when it fails. */
/** Builds the copy; returns the build's log. */
export function buildCopy(copy: ProjectCopy, env: Record<string, string> = {}): string {
	const r = copy.run(['node_modules/astro/bin/astro.mjs', 'build'], env);
	if (r.status !== 0) throw new Error(`build of ${copy.dir} failed:\n${r.output}`);
	return r.output;
}

