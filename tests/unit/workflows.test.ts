// The GitHub workflows, checked against GitHub's schema by action-validator and read for what the
// deployment needs: full history, SITE and BASE_PATH from the repository, dist/ deployed, pinned actions.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';

const validate = (file: string) => spawnSync('node_modules/.bin/action-validator', [file], { encoding: 'utf8' });
const workflow = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, 'utf8')) as {
	on: Record<string, unknown>;
	jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
};
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);

describe('action-validator', () => {
	test.each(['deploy.yml', 'checks.yml'])('accepts .github/workflows/%s', (name) => {
		const run = validate(`.github/workflows/${name}`);
		expect(run.stdout + run.stderr).toBe('');
		expect(run.status).toBe(0);
	});

	test('rejects a workflow with a misspelt key (it is a real check)', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kb-workflow-')), 'bad.yml');
		writeFileSync(file, readFileSync('.github/workflows/deploy.yml', 'utf8').replace('runs-on:', 'run-on:'));
		expect(validate(file).status).not.toBe(0);
	});
});

describe('the deploy workflow', () => {
	test('checks out the full history, for page dates from git', () => {
		expect(steps('deploy.yml').find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
	});

	test('builds with SITE and BASE_PATH from the repository variable or the Pages address', () => {
		const build = steps('deploy.yml').find((s) => s.run === 'npm run build')!;
		expect(build.env.SITE).toBe('${{ vars.SITE_URL || steps.pages.outputs.origin }}');
		expect(build.env.BASE_PATH).toContain('steps.pages.outputs.base_path');
	});

	test('runs the content checks before the build and uploads dist/ for deploy-pages', () => {
		const all = steps('deploy.yml');
		const at = (pred: (s: (typeof all)[number]) => boolean) => all.findIndex(pred);
		expect(at((s) => s.run === 'npm run check:content')).toBeGreaterThan(-1);
		expect(at((s) => s.run === 'npm run check:content')).toBeLessThan(at((s) => s.run === 'npm run build'));
		expect(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist/');
		expect(all.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});

	test.each(['deploy.yml', 'checks.yml'])('%s pins every action to a commit', (name) => {
		for (const { uses } of steps(name).filter((s) => s.uses)) expect(uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
	});
});

test('pull requests run .ci/run', () => {
	expect(Object.keys(workflow('checks.yml').on)).toContain('pull_request');
	expect(steps('checks.yml').map((s) => s.run)).toContain('bash .ci/run');
});
