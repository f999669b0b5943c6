import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPages } from '../../src/content-checks/read-pages.ts';
import { MANIFEST_FILE, readManifest } from '../../src/links/manifest.ts';
import { copyProject } from '../support/project-copy.ts';

const root = process.cwd();
const pages = readPages(root);
const manifest = readManifest(root);
const copy = copyProject(root);
afterAll(() => copy.remove());

// A published section that no content links to, so only the permanence check can notice it going.
const linked = new Set(pages.flatMap((p) => p.links.map((l) => (l.href.startsWith('#') ? `${p.url}${l.href}` : l.href))));
const [path, entry] = Object.entries(manifest.pages).find(([path]) => path === '/introspection/')!;
const id = Object.keys(entry.anchors).find((a) => ![`${path}#${a}`, `/en${path}#${a}`].some((l) => linked.has(l)))!;

test('renaming a published section id fails the build, naming the page and the id', { timeout: 120_000 }, () => {
	for (const file of ['content/introspection.mdx', 'content/en/introspection.mdx']) copy.edit(file, (t) => t.replace(`{#${id}}`, `{#${id}-renamed}`));
	const build = copy.run(['node_modules/astro/bin/astro.mjs', 'build']);
	expect(build.status).not.toBe(0);
	expect(build.output).toContain(`content/introspection.mdx: section id "${id}" of /introspection/ (short link /s/${entry.anchors[id]}/) no longer resolves`);
	expect(build.output).toContain(`--retire /introspection/#${id}=/introspection/#new-id`);
});

test('recording the rename with links:update --retire lets the check pass again', { timeout: 60_000 }, () => {
	const update = copy.run(['scripts/links-update.ts', `--retire=/introspection/#${id}=/introspection/#${id}-renamed`]);
	expect(update.output).toContain(`retired /introspection/#${id} → /introspection/#${id}-renamed`);
	expect(copy.run(['scripts/check-links.ts'])).toMatchObject({ status: 0 });
});

test('links:update refuses to publish a non-ASCII section id, naming the page and the id', { timeout: 60_000 }, () => {
	const bad = copyProject(root);
	try {
		for (const file of ['content/governance.mdx', 'content/en/governance.mdx']) bad.edit(file, (t) => t.replace(/\n## (.*?) \{#([a-z0-9-]+)\}/, '\n## $1 {#節}'));
		const update = bad.run(['scripts/links-update.ts']);
		expect(update.status).not.toBe(0);
		expect(update.output).toMatch(/content\/governance\.mdx:\d+: heading id "節" is not lowercase ASCII/);
		expect(readFileSync(join(bad.dir, MANIFEST_FILE), 'utf8')).toBe(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
	} finally {
		bad.remove();
	}
});
