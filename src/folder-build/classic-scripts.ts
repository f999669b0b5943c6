// Folder copy: browsers refuse ES module files on file:// pages (their origin is opaque, so every
// module request counts as cross-origin), but run classic scripts. Each page's module scripts are
// bundled, with the chunks they import, into one classic script that keeps their order and defer
// timing. Inline modules without imports run as they are; one with imports would fail, so it stops
// the build.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const MODULE_SRC = /<script type="module" src="([^"]+)"><\/script>/g;
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;

async function bundle(dir: string, entries: string[]): Promise<string> {
	const entry = '\0kb-page-scripts';
	const build = await rolldown({
		input: entry,
		// A warning (an import that does not resolve) would leave a page without its script.
		onLog: (level, log) => {
			if (level === 'warn') throw new Error(`bundling ${entries.join(', ')}: ${log.message}`);
		},
		// `import.meta` has no meaning in a classic script; Astro's code reads it only for
		// module preloading, which has nothing to preload in these bundles.
		transform: { define: { 'import.meta': '{}' } },
		plugins: [
			{
				name: 'kb-page-scripts',
				resolveId: (id) => (id === entry ? id : null),
				load: (id) => (id === entry ? entries.map((file) => `import ${JSON.stringify(resolve(dir, file))};`).join('\n') : null),
			},
			{
				// Vite's preload helper adds <link rel="modulepreload"> for what a lazily loaded script
				// imports, resolved against import.meta.url. A classic script has no import.meta, and its
				// bundle already holds those imports: here the helper only calls the import.
				name: 'kb-no-module-preload',
				transform: (code, id) => {
					if (!/\/_astro\/preload-helper\.[^/]+\.js$/.test(id)) return null;
					const exports = parseAst(code).body.flatMap((n) => (n.type === 'ExportNamedDeclaration' ? n.specifiers : []));
					if (exports.length !== 1) throw new Error(`${id}: expected Vite's preload helper to export one function, found ${exports.length}`);
					const name = exports[0].exported.type === 'Identifier' ? exports[0].exported.name : String(exports[0].exported.value);
					return `const preload = (load) => load();\nexport { preload as ${name} };`;
				},
			},
		],
	});
	try {
		// One file: a script a page loads on demand (the section panel's QR encoder) goes in with it.
		const { output } = await build.generate({ format: 'iife', minify: true, codeSplitting: false });
		return output[0].code;
	} finally {
		await build.close();
	}
}

/**
 * Replaces each page's module scripts with one classic script (written to `_astro/`), and
 * returns the pages and the new files. `pages` maps paths from the root to HTML.
 */
export async function classicScripts(dir: string, base: string, pages: Map<string, string>): Promise<{ pages: Map<string, string>; files: Map<string, string> }> {
	const files = new Map<string, string>();
	const out = new Map<string, string>();
	for (const [path, html] of pages) {
		for (const [, code] of html.matchAll(INLINE_MODULE)) {
			const imports = parseAst(code).body.filter((n) => n.type === 'ImportDeclaration' || ((n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && n.source));
			if (imports.length) throw new Error(`${path}: an inline module script imports other modules, which a file:// page cannot load`);
		}
		const srcs = [...html.matchAll(MODULE_SRC)].map((m) => m[1]);
		// Written some other way (attribute order, extra attributes), a module script would stay a module.
		const modules = [...html.matchAll(/<script\b[^>]*>/g)].filter(([tag]) => /\btype="module"/.test(tag) && /\bsrc=/.test(tag));
		if (modules.length !== srcs.length) throw new Error(`${path}: a module script is not in the form <script type="module" src="…"></script> this build converts`);
		if (!srcs.length) {
			out.set(path, html);
			continue;
		}
		const entries = srcs.map((src) => {
			if (!src.startsWith(base)) throw new Error(`${path}: module script ${src} is not part of the site`);
			return src.slice(base.length);
		});
		const name = `_astro/page-scripts.${createHash('sha256').update(entries.join('\n')).digest('hex').slice(0, 10)}.js`;
		if (!files.has(name)) files.set(name, await bundle(dir, entries));
		let first = true;
		out.set(
			path,
			html.replace(MODULE_SRC, () => {
				if (!first) return '';
				first = false;
				return `<script defer src="${base}${name}"></script>`;
			}),
		);
	}
	return { pages: out, files };
}
