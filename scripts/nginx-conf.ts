// Prints an nginx snippet for the built site: the same headers and redirects the build writes to
// dist/_headers and dist/_redirects (src/deploy/). Run after `npm run build`, with the same BASE_PATH.
import { existsSync } from 'node:fs';
import { loadLinks } from '../src/links/index.ts';
import { linkTable } from '../src/links/short-links.ts';
import { hostRules } from '../src/deploy/rules.ts';
import { nginxConf } from '../src/deploy/formats.ts';

const dir = process.env.KB_OUT_DIR ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
	console.error(`${dir}/index.html not found: run npm run build first`);
	process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const { pages, manifest } = loadLinks(process.cwd());
process.stdout.write(nginxConf(hostRules(dir, base, linkTable(manifest, pages))));
