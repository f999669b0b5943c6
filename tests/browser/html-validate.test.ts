import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/built-pages.ts';
import { htmlValidateConfig } from '../support/html-validate-config.ts';

// Runs on the dist/ the global setup just built (no browser needed, but the same build).
const validator = new HtmlValidate(htmlValidateConfig);
const JAVA = process.env.JAVA_PATH ?? '/usr/bin/java';
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);

describe.each(builtPages())('%s', (path) => {
	test('is valid HTML with zero html-validate errors', async () => {
		const file = fileOf(path);
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
		expect(errors).toEqual([]);
	});
});

// The W3C Nu Html Checker finds what html-validate does not (ARIA attributes an element must not
// carry, for one). One Java process checks every HTML file of dist/, short-link pages included.
describe('every built page', () => {
	test('has zero errors from the W3C Nu Html Checker (vnu)', () => {
		const run = spawnSync(JAVA, ['-Xss1024k', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', 'dist'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (run.error) throw new Error(`the W3C checker needs Java at ${JAVA} (apt-get install default-jre-headless, or set JAVA_PATH): ${run.error.message}`);
		const { messages } = JSON.parse(run.stderr.trim() || run.stdout) as { messages: { url: string; lastLine?: number; message: string }[] };
		expect(messages.map((m) => `${m.url.replace(/^file:.*?\/dist\//, 'dist/')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
		expect(run.status).toBe(0);
	}, 120_000);
});
