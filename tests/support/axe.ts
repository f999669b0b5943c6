// Runs axe-core inside a page. The script is evaluated through the DevTools protocol, which the
// page's Content Security Policy does not govern, so the policy under test stays as shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode { target: string[]; failureSummary?: string }
interface AxeViolation { id: string; help: string; nodes: AxeNode[] }

/** Every axe violation on the page as one line each: rule, element, what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ["violations"] });
		return result.violations;
	});
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`));
}
