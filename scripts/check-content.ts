// `npm run check:content`: the checks the build runs first, without building.
import { formatProblems, runContentChecks } from '../src/content-checks/index.ts';

const problems = runContentChecks(process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('content checks passed');
