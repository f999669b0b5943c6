// Runs axe-core inside a page. The script is evaluated through the DevTools protocol, which the
// page's Content Security Policy does not govern, so the policy under test stays as shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode { target: string[]; failureSummary?: string }
interface AxeViolation { id: string; help: string; nodes: AxeNode[] }

/**
 * Every axe violation on the page as one line each: rule, element, what is wrong. `colourOnly` runs
 * only the rules whose outcome depends on colours (axe's cat.color tag, without the AAA rule axe
 * leaves off by default), for a second theme of a page whose other rules ran in the first.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (colourOnly) => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }>; getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] } }).axe;
		const runOnly = colourOnly ? { runOnly: { type: 'rule', values: axe.getRules(['cat.color']).filter((r) => !r.tags.includes('wcag2aaa')).map((r) => r.ruleId) } } : {};
		const result = await axe.run(document, { resultTypes: ['violations'], ...runOnly });
		return result.violations;
	}, colourOnly);
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`));
}

/**
 * CSS rules keyed to the colour theme (a [data-theme] selector or a prefers-color-scheme query) that
 * set more than colours and match an element of the page in either theme: what would make a theme
 * show, hide or word something differently, so that axe's other rules would need to run in it too.
 */
export function themeRulesBeyondColour(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const colour = /^(--|color$|background|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color$|outline-color$|text-decoration-color$|text-emphasis-color$|caret-color$|accent-color$|column-rule-color$|scrollbar-color$|fill$|stroke$|box-shadow$|text-shadow$|color-scheme$)/;
		const root = document.documentElement;
		const theme = root.dataset.theme;
		const matchesInAnyTheme = (selector: string) =>
			['light', 'dark'].some((t) => {
				root.dataset.theme = t;
				try {
					return document.querySelector(selector) !== null;
				} catch {
					return true; // a selector the engine cannot test here: report it rather than pass it
				}
			});
		const found: string[] = [];
		const walk = (rules: CSSRuleList, themed: boolean) => {
			for (const rule of rules) {
				const inScheme = themed || (rule instanceof CSSMediaRule && /prefers-color-scheme/.test(rule.conditionText));
				if (rule instanceof CSSStyleRule && (inScheme || /data-theme/.test(rule.selectorText))) {
					const other = [...rule.style].filter((p) => !colour.test(p));
					if (other.length && matchesInAnyTheme(rule.selectorText)) found.push(`${rule.selectorText} { ${other.join(', ')} }`);
				}
				if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, inScheme || (rule instanceof CSSStyleRule && /data-theme/.test(rule.selectorText)));
			}
		};
		for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) walk(sheet.cssRules, false);
		root.dataset.theme = theme;
		const schemed = [...document.querySelectorAll('[media*="prefers-color-scheme"]')].map((e) => `<${e.tagName.toLowerCase()} media="${e.getAttribute('media')}">`);
		return [...found, ...schemed];
	});
}
