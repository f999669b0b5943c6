// `npm run check:links`: the permanence check the build runs, without building.
import { formatProblems } from '../src/content-checks/index.ts';
import { runLinkChecks } from '../src/links/index.ts';

const problems = runLinkChecks(process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('link manifest check passed');
