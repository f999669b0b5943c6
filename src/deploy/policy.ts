// The security headers every host that can send headers gets (Netlify, Cloudflare Pages, nginx).
// Each page keeps its own <meta> policy with exactly its hashes (src/security/csp-hashes.ts); the
// header adds what a <meta> cannot carry (frame-ancestors) and a policy correct for every page, and a
// browser enforces both, so each page stays as strict as its <meta>.
import { formatPolicy, parsePolicy } from '../security/csp-hashes.ts';

/**
 * Cloudflare Pages ignores a `_headers` line longer than this (wrangler's MAX_LINE_LENGTH), and a
 * dropped CSP line would ship the site without its header policy, so the build stops instead.
 */
export const MAX_HEADER_LINE = 2000;

/**
 * Browser features the site never uses, turned off for it and anything it embeds. Only names
 * Chromium knows: an unknown name is reported on the console of every page. The clipboard (copy
 * link buttons) and fullscreen stay allowed.
 */
export const disabledFeatures = [
	'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope',
	'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb',
	'xr-spatial-tracking',
];

/**
 * One policy that every page satisfies: the pages' <meta> policies merged, each script hash that
 * any page uses allowed everywhere (all are the site's own scripts). Style hashes are not repeated:
 * they would push the line past what Cloudflare reads, and each page's <meta> still allows only
 * its own styles by hash (`'unsafe-inline'` here only stops this second policy from blocking them).
 */
export function siteWidePolicy(metaPolicies: Iterable<string>): string {
	const merged = new Map<string, string[]>();
	for (const text of metaPolicies) {
		for (const [name, sources] of parsePolicy(text)) {
			const list = merged.get(name) ?? [];
			for (const source of sources) if (!list.includes(source)) list.push(source);
			merged.set(name, list);
		}
	}
	const withoutHashes = (sources: string[] = ["'self'"]) => sources.filter((s) => !/^'(sha\d+|nonce)-/.test(s) && s !== "'unsafe-hashes'");
	merged.set('style-src', [...withoutHashes(merged.get('style-src')), "'unsafe-inline'"]);
	if (merged.has('style-src-attr')) merged.set('style-src-attr', ["'unsafe-inline'"]);
	merged.set('frame-ancestors', ["'none'"]);
	return formatPolicy(merged);
}

/** The security headers, in the order they are written. */
export function securityHeaders(metaPolicies: Iterable<string>): [string, string][] {
	return [
		['Content-Security-Policy', siteWidePolicy(metaPolicies)],
		['X-Content-Type-Options', 'nosniff'],
		// Readers follow links to primary sources: those see our origin only, never the page.
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', disabledFeatures.map((f) => `${f}=()`).join(', ')],
		// Old browsers without frame-ancestors.
		['X-Frame-Options', 'DENY'],
		// Only ever sent over HTTPS by the hosts; no includeSubDomains, which would bind a custom
		// domain's other hosts.
		['Strict-Transport-Security', 'max-age=63072000'],
	];
}
