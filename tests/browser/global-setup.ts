import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server.ts';
import { CHROMIUM } from '../support/browser.ts';
import { requireEngines } from '../support/engines/index.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		buildLog: string;
		/** Differs on every run, so a file can tell whether something was already built in this run. */
		runId: string;
	}
}

/** The output of the build the tests run against (tests/browser/build-log.test.ts reads it). */
const BUILD_LOG = '.cache/build.log';

export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`Browser tests need Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
	}
	requireEngines();
	// Always build: the tests must see the current content, never a stale dist/. A reused dist/ needs
	// the log of the build that made it.
	if (process.env.KB_TEST_REUSE_DIST !== '1' || !existsSync('dist/index.html') || !existsSync(BUILD_LOG)) {
		const build = spawnSync('node_modules/.bin/astro', ['build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		mkdirSync('.cache', { recursive: true });
		writeFileSync(BUILD_LOG, `${build.stdout}${build.stderr}`);
		if (build.status !== 0) throw new Error(`astro build failed (log in ${BUILD_LOG}):\n${build.stderr}`);
	}
	const served = await serveStatic('dist');
	project.provide('siteUrl', served.url);
	project.provide('buildLog', readFileSync(BUILD_LOG, 'utf8'));
	project.provide('runId', `${process.pid}-${Date.now()}`);
	return () => served.close();
}
