// Collects what a reader never sees but a page must not produce: Content Security Policy
// violations, console errors and warnings, uncaught exceptions, and dialogs.
import type { Page } from 'playwright-core';

export interface Problems { csp: string[]; console: string[]; dialogs: string[] }

/** Starts listening before the page loads; read the lists at any time. */
export async function watchProblems(page: Page): Promise<Problems & { read: () => Promise<Problems> }> {
	const problems: Problems = { csp: [], console: [], dialogs: [] };
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (line ${e.lineNumber}): ${e.sample}`));
	});
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.console.push(`uncaught: ${e.message}`));
	page.on('dialog', (d) => {
		problems.dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});
	return {
		...problems,
		read: async () => ({ ...problems, csp: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []) }),
	};
}
