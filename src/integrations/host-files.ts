import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLinks } from '../links/index.ts';
import { linkTable } from '../links/short-links.ts';
import { hostRules } from '../deploy/rules.ts';
import { headersFile, redirectsFile, type Host } from '../deploy/formats.ts';

/**
 * Writes `_headers` and `_redirects` into the build for the hosts that read them (Netlify,
 * Cloudflare Pages; GitHub Pages serves them as two harmless files). `KB_HOST=netlify` (set by
 * netlify.toml) writes Netlify's variant. After the CSP hashes, which the header policy merges.
 */
export function hostFiles(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	return {
		name: 'kb:host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const host: Host = process.env.KB_HOST === 'netlify' ? 'netlify' : 'cloudflare';
				const out = fileURLToPath(dir);
				const { pages, manifest } = loadLinks(root);
				const rules = hostRules(out, base, linkTable(manifest, pages));
				const redirects = redirectsFile(rules, host);
				await writeFile(join(out, '_headers'), headersFile(rules.headers, host));
				await writeFile(join(out, '_redirects'), redirects.text);
				const past = redirects.overCap ? `; ${redirects.overCap} past the cap are left to their redirect pages` : '';
				logger.info(`${host} _headers (${rules.headers.length} rules) and _redirects (${rules.redirects.length - redirects.overCap} redirects${past})`);
			},
		},
	};
}
