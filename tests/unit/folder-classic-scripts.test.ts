import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { classicScripts } from '../../src/folder-build/classic-scripts.ts';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'kb-classic-'));
	mkdirSync(join(dir, '_astro'));
	// Two page scripts sharing a chunk, as Astro writes them.
	writeFileSync(join(dir, '_astro/shared.js'), 'export const say = (x) => log.push(x);');
	writeFileSync(join(dir, '_astro/a.js'), 'import { say } from "./shared.js"; say("a");');
	writeFileSync(join(dir, '_astro/b.js'), 'import { say } from "./shared.js"; say("b");');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) => `<html><head></head><body>${body}</body></html>`;

test('a page\'s module scripts become one deferred classic script that runs them in order', async () => {
	const html = page('<script type="module" src="/_astro/a.js"></script><p>x</p><script type="module" src="/_astro/b.js"></script>');
	const { pages, files } = await classicScripts(dir, '/', new Map([['index.html', html]]));
	const [[name, code]] = [...files];
	expect(pages.get('index.html')).toBe(page(`<script defer src="/${name}"></script><p>x</p>`));
	expect(code).not.toMatch(/\bimport\b|\bexport\b/);
	const context = { log: [] as string[] };
	runInNewContext(code, context);
	expect(context.log).toEqual(['a', 'b']);
});

test('pages with the same scripts share one bundle', async () => {
	const html = page('<script type="module" src="/_astro/a.js"></script>');
	const { files } = await classicScripts(dir, '/', new Map([['index.html', html], ['en/index.html', html]]));
	expect(files.size).toBe(1);
});

test('an inline module that imports stops the build, naming the page', async () => {
	const html = page('<script type="module">import { say } from "/_astro/shared.js"; say(1);</script>');
	await expect(classicScripts(dir, '/', new Map([['en/x/index.html', html]]))).rejects.toThrow('en/x/index.html: an inline module script imports');
});

test('a module script written in another form stops the build rather than stay a module', async () => {
	const html = page('<script src="/_astro/a.js" type="module"></script>');
	await expect(classicScripts(dir, '/', new Map([['index.html', html]]))).rejects.toThrow('index.html: a module script is not in the form');
});

test('inline modules without imports stay as they are', async () => {
	const html = page('<script type="module">customElements.define("x-y", class extends HTMLElement {});</script>');
	const { pages, files } = await classicScripts(dir, '/', new Map([['index.html', html]]));
	expect(pages.get('index.html')).toBe(html);
	expect(files.size).toBe(0);
});
