// `npm run build:offline` once per test run, however many test files open the folder copy: a
// stamp records the run (tests/browser/global-setup.ts provides its id) that built dist-offline/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = '.cache/folder-copy-run';

export function ensureFolderCopy(runId: string): void {
	if (existsSync('dist-offline/index.html') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) return;
	execFileSync(process.execPath, ['scripts/build-offline.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
	mkdirSync('.cache', { recursive: true });
	writeFileSync(STAMP, runId);
}
