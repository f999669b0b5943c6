// `npm run links:update`: gives every new page and section a short link in the committed manifest.
//   npm run links:update -- --move /old-slug/=/new-slug/          a page was renamed or merged
//   npm run links:update -- --retire /page/#old-id=/page/#new-id   a section id was renamed or removed
// Entries are never removed: a published link must keep working, so the check below must pass.
import { parseArgs } from 'node:util';
import { formatProblems, runContentChecks } from '../src/content-checks/index.ts';
import { checkLinkManifest } from '../src/links/checks.ts';
import { loadLinks } from '../src/links/index.ts';
import { MANIFEST_FILE, writeManifest } from '../src/links/manifest.ts';
import { updateManifest } from '../src/links/update.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { move: { type: 'string', multiple: true, default: [] }, retire: { type: 'string', multiple: true, default: [] } } });
const pair = (s: string): [string, string] => {
	const [from, to, extra] = s.split('=');
	if (!from || !to || extra !== undefined) throw new Error(`expected FROM=TO, got "${s}"`);
	return [from, to];
};

// A bad or duplicate id must never become a permanent link: fix the content first.
const contentProblems = runContentChecks(root);
if (contentProblems.length) {
	console.error(`Fix the content before publishing its links:\n${formatProblems(contentProblems)}`);
	process.exit(1);
}

const { pages, manifest } = loadLinks(root);
const { manifest: updated, added } = updateManifest(manifest, pages, { moves: values.move.map(pair), retires: values.retire.map(pair) });
writeManifest(root, updated);
for (const line of added) console.log(`added ${line}`);
console.log(added.length ? `${MANIFEST_FILE}: ${added.length} addition(s); commit it` : `${MANIFEST_FILE} is up to date`);

const problems = checkLinkManifest(updated, pages);
if (problems.length) {
	console.error(`\nPublished links that no longer resolve:\n${formatProblems(problems)}`);
	process.exit(1);
}
