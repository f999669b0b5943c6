// `npm run lint:prose [-- files…]`: textlint (Japanese presets, glossary terms), figures parity and
// sources-complete over content/ or over the given pages. Exit 1 on any finding.
import { formatProblems } from '../src/content-checks/index.ts';
import { lintProse } from '../src/prose-lint/lint-prose.ts';

const problems = await lintProse(process.cwd(), process.argv.slice(2));
if (problems.length) {
	console.error(formatProblems(problems));
	console.error(`\n${problems.length} prose finding(s)`);
	process.exit(1);
}
console.log('prose lint passed');
