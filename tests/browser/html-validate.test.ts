import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/built-pages.ts';
import { htmlValidateConfig } from '../support/html-validate-config.ts';

// Runs on the dist/ the global setup just built (no browser needed, but the same build).
const validator = new HtmlValidate(htmlValidateConfig);
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);

describe.each(builtPages())('%s', (path) => {
	test('is valid HTML with zero html-validate errors', async () => {
		const file = fileOf(path);
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
		expect(errors).toEqual([]);
	});
});
