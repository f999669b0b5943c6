// `npm run bench:history`: section history's cost on synthetic repositories of growing size (made
// with git fast-import in a temporary folder), to check it grows linearly with commits × files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeHistory } from '../src/history/compute.ts';
import { readContent } from '../src/history/site.ts';

const SECTIONS = 12;
const page = (file: number, rev: number) =>
	`---\ntitle: Page ${file}\ndescription: Page ${file}.\n---\n\nSummary.\n\n` +
	Array.from({ length: SECTIONS }, (_, s) => `## Section ${s} {#s${s}}\n\n${'Text of the section, with some words in it. '.repeat(20)}${s === rev % SECTIONS ? `Revision ${rev}.` : ''}\n`).join('\n');

function repo(commits: number, files: number): string {
	const root = mkdtempSync(join(tmpdir(), 'kb-bench-history-'));
	execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
	let stream = '';
	for (let c = 0; c < commits; c++) {
		const message = `Commit ${c}`;
		stream += `commit refs/heads/main\ncommitter Bench <bench@example.org> ${1_700_000_000 + c * 3600} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
		// Each commit changes every file (one section of each, both languages): the worst case.
		for (let f = 0; f < files; f++) {
			for (const dir of ['content', 'content/en']) {
				const body = page(f, c);
				stream += `M 100644 inline ${dir}/page-${f}.mdx\ndata ${Buffer.byteLength(body)}\n${body}\n`;
			}
		}
	}
	execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: stream, maxBuffer: 1 << 30 });
	execFileSync('git', ['checkout', '-q', 'main'], { cwd: root });
	return root;
}

console.log('commits  files/lang  file versions  ms (median of 3)  µs per file version');
for (const [commits, files] of [
	[25, 10],
	[50, 10],
	[100, 10],
	[100, 20],
	[200, 20],
]) {
	const root = repo(commits, files);
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		const h = computeHistory({ root, localeDirs: { ja: '', en: 'en' }, current: readContent(root) });
		if (!h.known) throw new Error(h.reason);
		times.push(h.ms);
	}
	rmSync(root, { recursive: true, force: true });
	const ms = times.sort((a, b) => a - b)[1];
	const versions = commits * files * 2;
	console.log(`${String(commits).padStart(7)}  ${String(files).padStart(10)}  ${String(versions).padStart(13)}  ${ms.toFixed(0).padStart(16)}  ${((ms * 1000) / versions).toFixed(0).padStart(19)}`);
}
