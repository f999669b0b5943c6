// The log of the build the browser tests run against (captured by global-setup.ts, not a second
// build): known-benign messages are dropped at their source (astro.config.mjs), so any warning
// here is new and worth reading.
import { expect, inject, test } from 'vitest';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(inject('buildLog'));

test('the build log is the whole log of a finished build', () => {
	expect(log).toContain('[build] Complete!');
});

/** The placeholder-address warning, which this build (no SITE) must print; src/config/site.ts. */
const PLACEHOLDER = /\[kb:placeholder-site\]/;

test('the build prints no warning but the placeholder address', () => {
	expect(log.split('\n').filter((line) => /\[WARN\]|warning/i.test(line) && !PLACEHOLDER.test(line))).toEqual([]);
});

test('a build without SITE warns near its start and in its last lines, naming SITE, BASE_PATH and the command', () => {
	const lines = log.trimEnd().split('\n');
	const at = lines.flatMap((line, i) => (PLACEHOLDER.test(line) ? [i] : []));
	expect(at[0]).toBeLessThan(15);
	expect(at.at(-1)).toBeGreaterThan(lines.length - 5);
	const first = lines.slice(at[0], at[0] + 4).join('\n');
	for (const word of ['SITE is not set', 'BASE_PATH', 'short links', 'QR codes', 'canonical URLs', 'sitemap', 'SITE=https://']) expect(first).toContain(word);
});
