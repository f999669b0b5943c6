// `npm run status:translations`: sections whose one language changed after the other, from git.
// Exits 0; with --strict, exits 1 when a section lags (for CI). `--root <dir>` reads another checkout.
import { resolve } from 'node:path';
import { localeDirs, type Lang } from '../src/config/locales.ts';
import { topicSlugs, referenceSlugs } from '../src/config/topics.ts';
import { loadHistory } from '../src/history/site.ts';
import { formatLags, translationLags } from '../src/history/status.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const rootAt = args.indexOf('--root');
const root = resolve(rootAt >= 0 ? args[rootAt + 1] : process.cwd());
const history = loadHistory(root);
const slugs = history.known ? [...new Set([...history.pages.values()].map((p) => p.slug))] : [...topicSlugs, ...referenceSlugs];
const lags = translationLags(history, slugs, Object.keys(localeDirs) as [Lang, Lang]);
process.stdout.write(formatLags(history, lags));
if (history.known) process.stdout.write(`(${history.commits} commits, ${history.files} content files, ${Math.round(history.ms)} ms)\n`);
process.exitCode = strict && lags.length ? 1 : 0;
