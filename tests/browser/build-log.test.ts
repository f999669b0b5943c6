// The log of the build the browser tests run against (captured by global-setup.ts, not a second
// build): known-benign messages are dropped at their source (astro.config.mjs), so any warning
// here is new and worth reading.
import { expect, inject, test } from 'vitest';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(inject('buildLog'));

test('the build log is the whole log of a finished build', () => {
	expect(log).toContain('[build] Complete!');
});

test('the build prints no warning', () => {
	expect(log.split('\n').filter((line) => /\[WARN\]|warning/i.test(line))).toEqual([]);
});
