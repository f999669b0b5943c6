// What `npm run lint:prose` checks: textlint on each page, plus the content checks that compare a
// page with its translation and with its sources (figures parity, sources complete).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../content-checks/checks.ts';
import { ALLOWANCES_FILE } from '../content-checks/figure-parity.ts';
import { pairChecks } from '../content-checks/pair-checks.ts';
import { readPages } from '../content-checks/read-pages.ts';
import { runTextlint } from './run-textlint.ts';

function mdxFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? mdxFiles(path) : path.endsWith('.mdx') ? [path] : [];
	});
}

/** Every finding for the given pages (paths or directories; default: all of content/ and the
 * glossary definitions). A parity finding is shown for either page of the pair; problems in the
 * allowance file always are. */
export async function lintProse(root: string, paths: string[], contentDir = join(root, 'content')): Promise<Problem[]> {
	const files = (paths.length ? paths : [contentDir])
		.map((p) => resolve(root, p))
		.flatMap((p) => (statSync(p).isDirectory() ? mdxFiles(p) : [p]))
		.sort();
	const wanted = files.map((f) => relative(root, f).split('\\').join('/'));
	const concerns = (p: Problem) => p.file === ALLOWANCES_FILE || paths.length === 0 || wanted.some((f) => p.file === f || p.message.includes(`(${f}:`));
	// The glossary definitions are checked with the whole site, not with a page or two.
	const textlint = await runTextlint(root, files, { glossary: paths.length === 0 });
	return [...textlint, ...pairChecks(root, readPages(root, contentDir)).filter(concerns)];
}
