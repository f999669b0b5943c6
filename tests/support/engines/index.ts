// The engines a reader's page is tried in besides Chromium (which every other browser test drives).
import { existsSync } from 'node:fs';
import { firefox } from './firefox.ts';
import { webkit } from './webkit.ts';
import type { Engine } from './driver.ts';

export type { Engine, ReaderDriver } from './driver.ts';

export const ENGINES: Engine[] = [firefox, webkit];

/** Fails with the apt command when an engine's binary is missing (CI and the README install them). */
export function requireEngines(): void {
	const missing = ENGINES.filter((e) => !existsSync(e.binary));
	if (!existsSync('/usr/bin/xvfb-run')) missing.push({ name: 'xvfb', binary: '/usr/bin/xvfb-run', debianPackage: 'xvfb xauth' } as Engine);
	if (missing.length) {
		throw new Error(`Browser tests need ${missing.map((e) => e.binary).join(', ')}: sudo apt-get install -y ${missing.map((e) => e.debianPackage).join(' ')}`);
	}
}
