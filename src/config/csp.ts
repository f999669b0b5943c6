/**
 * The Content Security Policy every page carries, as Astro's `security.csp` options. Astro adds the
 * hashes of the scripts and styles it emits, so no inline script runs unless it was built with the
 * page. Everything else is same-origin: the site loads nothing from another host.
 */
export const csp = {
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: {
		// Pagefind runs its search in WebAssembly; compiling it needs 'wasm-unsafe-eval'
		// (which allows WebAssembly only, not eval()).
		resources: ["'self'", "'wasm-unsafe-eval'"],
	},
} as const;

/** The same policy as text, for a page that Astro did not give one (see src/security/csp-hashes.ts). */
export const basePolicy = [...csp.directives, `script-src ${csp.scriptDirective.resources.join(' ')}`, "style-src 'self'"].join('; ');
