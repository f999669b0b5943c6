// Completes the Content Security Policy of a built page. Astro hashes the scripts and styles it
// bundles, but not the `is:inline` scripts Starlight ships (theme, sidebar), nor the `style`
// attributes its components write (icon sizes, table-of-contents depth). Rather than open the policy
// with 'unsafe-inline', each page is given the hashes of exactly the inline code it was built with.
import { createHash } from 'node:crypto';

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTR = /\sstyle=(?:"([^"]*)"|'([^']*)')/gi;
/** Script types a browser does not execute (JSON-LD, import maps are executed: not listed). */
const DATA_SCRIPT = /\btype=["']?(application\/(ld\+)?json|text\/plain)/i;

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
/** Attribute values are hashed as the browser sees them: after entity decoding. */
const decode = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
		e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m));

export interface InlineCode { scripts: string[]; styles: string[]; styleAttributes: string[] }

/** The inline scripts, style elements and style attribute values of a page, each once. */
export function inlineCode(html: string): InlineCode {
	const scripts = new Set<string>();
	for (const [, attrs, body] of html.matchAll(SCRIPT)) {
		if (/\bsrc=/i.test(attrs) || DATA_SCRIPT.test(attrs)) continue;
		scripts.add(body);
	}
	const styles = new Set([...html.matchAll(STYLE_ELEMENT)].map((m) => m[1]));
	const styleAttributes = new Set<string>();
	for (const m of html.replace(SCRIPT, '').matchAll(STYLE_ATTR)) styleAttributes.add(decode(m[1] ?? m[2]));
	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/** Splits a policy into directive name → sources, keeping the order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
	}
	return map;
}

export const formatPolicy = (policy: Map<string, string[]>) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * The page with every inline script's hash in `script-src`, every style element's in `style-src`
 * (and no other hash in either), and every style attribute allowed by hash in `style-src-attr`
 * ('unsafe-hashes' lets a hash match an attribute, and nothing else).
 * A page without a policy gets `fallback` first, so no page ships unprotected.
 */
export function completePolicy(html: string, fallback: string): string {
	const found = META.exec(html);
	const policy = parsePolicy(found ? decode(found[1]) : fallback);
	const { scripts, styles, styleAttributes } = inlineCode(html);
	// Astro lists the hashes of everything it bundled for the site on every page; a page keeps only
	// those of its own inline code (the rest allowed nothing on it and cost every page about 1 kB).
	const allow = (directive: string, code: string[]) => {
		const own = code.map(sha256);
		const sources = (policy.get(directive) ?? ["'self'"]).filter((s) => !/^'sha(256|384|512)-/.test(s) || own.includes(s));
		for (const hash of own) if (!sources.includes(hash)) sources.push(hash);
		policy.set(directive, sources);
	};
	allow('script-src', scripts);
	allow('style-src', styles);
	if (styleAttributes.length) policy.set('style-src-attr', ["'unsafe-hashes'", ...styleAttributes.map(sha256)]);
	const meta = `<meta http-equiv="content-security-policy" content="${formatPolicy(policy).replace(/"/g, '&quot;')}">`;
	if (found) return html.replace(META, () => meta);
	// Before anything the policy governs: right after <head> (and its charset, which must come first).
	return html.replace(/<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?/i, (m) => m + meta);
}
