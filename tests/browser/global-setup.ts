import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';
import { CHROMIUM } from '../support/browser.ts';
import { requireEngines } from '../support/engines/index.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		/** Differs on every run, so a file can tell whether something was already built in this run. */
		runId: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Browser tests need Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
	}
	requireEngines();
	// Always build: the tests must see the current content, never a stale dist/.
	if (process.env.KB_TEST_REUSE_DIST !== '1' || !existsSync('dist/index.html')) {
		execFileSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const served = await serveStatic('dist');
	project.provide('siteUrl', served.url);
	project.provide('runId', `${process.pid}-${Date.now()}`);
	return () => served.close();
}
