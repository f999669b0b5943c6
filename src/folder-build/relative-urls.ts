// Folder copy: a page opened from a folder (file://) resolves `/introspection/` against the disk's
// root, and a directory URL opens a file listing, not the page. Every site URL in the copy's HTML
// and CSS becomes relative and names its file: `../introspection/index.html#concept-injection`.
import { posix } from 'node:path';

/** Attributes that hold a URL, and `value` on the language picker's <option>s. */
const URL_ATTRIBUTES = /^(href|src|action|poster|srcset)$/;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*)"([^"]*)"/g;
/** Script and style bodies are code, not markup: only their opening tags are rewritten. */
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi;

export interface Rewrite {
	/** Is this path (relative to the copy's root, e.g. `en/index.html`) a file of the copy? */
	exists(path: string): boolean;
	/** URLs that point at no file, for the build to report. */
	missing: string[];
}

/**
 * The URL to write in `fromFile` (a path from the root, e.g. `en/x/index.html`) for `url`, or the
 * URL unchanged if it is not a path of the site (external, `#anchor`, `data:`).
 */
export function relativeUrl(url: string, fromFile: string, base: string, rewrite: Rewrite): string {
	if (!url.startsWith(base) || url.startsWith('//')) return url;
	const [, path, rest] = /^([^?#]*)(.*)$/.exec(url.slice(base.length))!;
	const decoded = decodeURIComponent(path);
	const file = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : !posix.extname(decoded) && rewrite.exists(`${decoded}/index.html`) ? `${decoded}/index.html` : decoded;
	if (!rewrite.exists(file)) rewrite.missing.push(`${fromFile}: ${url}`);
	const relative = posix.relative(posix.dirname(fromFile), file) || posix.basename(file);
	return encodeURI(relative) + rest;
}

function rewriteTags(markup: string, fromFile: string, base: string, rewrite: Rewrite): string {
	return markup.replace(TAG, (tag: string, name: string) =>
		tag.replace(ATTRIBUTE, (attr: string, space: string, key: string, eq: string, value: string) => {
			const isUrl = URL_ATTRIBUTES.test(key.toLowerCase()) || (key.toLowerCase() === 'value' && name.toLowerCase() === 'option');
			// A redirect page's `<meta http-equiv="refresh" content="0; url=/x/">` names a URL too.
			if (key.toLowerCase() === 'content' && name.toLowerCase() === 'meta' && /http-equiv\s*=\s*"refresh"/i.test(tag)) {
				const refresh = value.replace(/(url=)(.*)$/i, (_: string, lead: string, u: string) => lead + relativeUrl(u.replace(/&amp;/g, '&'), fromFile, base, rewrite).replace(/&/g, '&amp;'));
				return `${space}${key}${eq}"${refresh}"`;
			}
			if (!isUrl) return attr;
			const rewritten =
				key.toLowerCase() === 'srcset'
					? value.replace(/(^|,\s*)(\S+)/g, (_: string, sep: string, u: string) => sep + relativeUrl(u, fromFile, base, rewrite))
					: relativeUrl(value.replace(/&amp;/g, '&'), fromFile, base, rewrite).replace(/&/g, '&amp;');
			return `${space}${key}${eq}"${rewritten}"`;
		}),
	);
}

/** The page's HTML with every site URL relative to `fromFile`. */
export function relativizeHtml(html: string, fromFile: string, base: string, rewrite: Rewrite): string {
	let out = '';
	let last = 0;
	for (const m of html.matchAll(RAW_TEXT)) {
		out += rewriteTags(html.slice(last, m.index), fromFile, base, rewrite) + rewriteTags(m[1], fromFile, base, rewrite) + m[3] + m[4];
		last = m.index! + m[0].length;
	}
	return out + rewriteTags(html.slice(last), fromFile, base, rewrite);
}

/** A stylesheet with every `url(/…)` of the site relative to the stylesheet's own file. */
export function relativizeCss(css: string, fromFile: string, base: string, rewrite: Rewrite): string {
	return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (all: string, quote: string, url: string) =>
		url.startsWith(base) && !url.startsWith('//') ? `url(${quote}${relativeUrl(url, fromFile, base, rewrite)}${quote})` : all,
	);
}
