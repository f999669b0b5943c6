import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real `astro build` on a copy of the project whose content/ is a bad-content fixture, with a
// dist/ from an earlier build in place: the build must fail naming file, line and remedy, and must
// not leave that dist/ behind to be mistaken for its output.
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kb-build-stops-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function projectWith(fixture: string): string {
	const dir = join(work, fixture);
	mkdirSync(dir);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	cpSync(join(root, 'tests/fixtures/content-checks', fixture), join(dir, 'content'), { recursive: true });
	mkdirSync(join(dir, 'dist'));
	writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>an earlier build</title>');
	return dir;
}

describe.each([
	['malformed-mdx', 'content/good.mdx:17: malformed MDX: Expected a closing tag for `<div>`'],
	['missing-translation', 'content/other.mdx: has no en translation: add content/en/other.mdx'],
	['email-address', 'content/other.mdx:8: looks like an e-mail address'],
])('astro build with the %s fixture', (fixture, expected) => {
	test('fails, says where and why, and leaves no dist/', () => {
		const dir = projectWith(fixture);
		const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
		expect(run.status).not.toBe(0);
		expect(run.stdout + run.stderr).toContain(expected);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	});
});
