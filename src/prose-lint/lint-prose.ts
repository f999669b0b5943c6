// What `npm run lint:prose` checks: textlint on each page, plus the content checks that compare a
// page with its translation and its sources (figures parity, sources complete).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../content-checks/checks.ts';
import { runTextlint } from './run-textlint.ts';

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
	});
}

/** Every finding for the given pages (paths or directories; default: all of content/). */
export async function lintProse(root: string, paths: string[], contentDir = join(root, 'content')): Promise<Problem[]> {
	const files = (paths.length ? paths : [contentDir])
		.map((p) => resolve(root, p))
		.flatMap((p) => (statSync(p).isDirectory() ? mdxFiles(p) : [p]))
		.sort();
	const problems = await runTextlint(root, files);
	const wanted = new Set(files.map((f) => relative(root, f).split('\\').join('/')));
	return problems.filter((p) => wanted.has(p.file));
}
