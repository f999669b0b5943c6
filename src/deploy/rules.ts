// What a host that reads `_headers`/`_redirects` (Netlify, Cloudflare Pages) or an nginx config is
// told, computed once from the built site and the link manifest, and written in each host's format by
// formats.ts. The static redirect pages stay in the build for hosts without redirects.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { langs, localePath } from '../config/locales.ts';
import type { LinkTable } from '../links/short-links.ts';
import { localizeLink, shortPath } from '../links/short-links.ts';
import { linkOf } from '../links/resolve.ts';
import { securityHeaders } from './policy.ts';

/**
 * The redirect rules written for the hosts: Cloudflare Pages reads at most 2,000 static rules
 * (and skips the rest, with a warning); Netlify has no fixed limit. Past the cap, the remaining short
 * links are answered by their static redirect pages (one extra HTML hop, the service worker's map for
 * returning readers), never by nothing.
 */
export const REDIRECT_CAP = 2000;

/** A year: for files whose name changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: the browser asks each time (a 304 when unchanged), so a deploy shows at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface Redirect { from: string; to: string }
export interface HeaderRule {
	/** Path pattern, base included; `*` matches the rest of the path. */
	path: string;
	headers: [string, string][];
	/** Replaces the site-wide value of these headers (Cloudflare merges matching rules otherwise). */
	replaces?: string[];
}
export interface HostRules {
	/** Every redirect, in the order of redirectList(). */
	redirects: Redirect[];
	headers: HeaderRule[];
}

const withBase = (base: string, path: string) => base.replace(/\/$/, '') + path;

/**
 * Every redirect, moved pages first (their old URLs were published as page addresses), then the
 * short links in manifest order (so older codes keep their 301 when the cap is reached).
 */
export function redirectList(table: LinkTable, base: string): Redirect[] {
	const list: Redirect[] = [];
	for (const [from, to] of table.moved) {
		for (const lang of langs) list.push({ from: withBase(base, localizeLink(from, lang)), to: withBase(base, localizeLink(to, lang)) });
	}
	for (const link of table.shortLinks) {
		for (const lang of langs) list.push({ from: withBase(base, shortPath(link.code, lang)), to: withBase(base, localizeLink(linkOf(link.landing), lang)) });
	}
	return list;
}

/** The distinct <meta> policies of the pages in `dir`. */
export function metaPolicies(dir: string): string[] {
	const policies = new Set<string>();
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(readFileSync(join(dir, file), 'utf8'));
		if (!m) throw new Error(`${join(dir, file)}: no content-security-policy <meta> (src/integrations/csp-hashes.ts adds one to every page)`);
		// A copy, not a slice: V8 keeps a whole page alive for a substring of it, and at 700 topics
		// the slices held 0.7 GB of HTML until the step ended.
		policies.add(Buffer.from(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toString());
	}
	return [...policies];
}

/**
 * Header rules. Content-hashed names (`_astro/`, Pagefind's fragments, index chunks and metadata)
 * are immutable for a year. HTML, `sw.js`, the web manifests, Pagefind's entry files and our
 * lexicons keep fixed names, so they are revalidated. The lexicons could be given hashed names,
 * but the search client, the folder copy and the service worker find them by name; revalidating two
 * files of a few dozen kB costs a 304 per visit online and nothing offline (the worker has them).
 */
export function headerRules(dir: string, base: string): HeaderRule[] {
	const pagefind = readdirSync(join(dir, 'pagefind'));
	const at = (path: string) => withBase(base, path);
	const rules: HeaderRule[] = [
		{ path: at('/*'), headers: [...securityHeaders(metaPolicies(dir)), ['Cache-Control', REVALIDATE]] },
		{ path: at('/_astro/*'), headers: [['Cache-Control', IMMUTABLE]], replaces: ['Cache-Control'] },
	];
	for (const folder of ['fragment', 'index', 'filter']) {
		if (pagefind.includes(folder)) rules.push({ path: at(`/pagefind/${folder}/*`), headers: [['Cache-Control', IMMUTABLE]], replaces: ['Cache-Control'] });
	}
	for (const file of pagefind.filter((f) => f.endsWith('.pf_meta'))) {
		rules.push({ path: at(`/pagefind/${file}`), headers: [['Cache-Control', IMMUTABLE]], replaces: ['Cache-Control'] });
	}
	// Stored gzip and unpacked by the page: a type that no host compresses again or unpacks for it.
	for (const file of pagefind.filter((f) => /^kb-.*\.bin$/.test(f))) {
		rules.push({ path: at(`/pagefind/${file}`), headers: [['Content-Type', 'application/gzip']], replaces: ['Content-Type'] });
	}
	for (const lang of langs) {
		rules.push({ path: at(`${localePath(lang)}manifest.webmanifest`), headers: [['Content-Type', 'application/manifest+json']], replaces: ['Content-Type'] });
	}
	return rules;
}

export function hostRules(dir: string, base: string, table: LinkTable): HostRules {
	return { redirects: redirectList(table, base), headers: headerRules(dir, base) };
}
