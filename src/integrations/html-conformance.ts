import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starlight's sidebar state persister marks its two inline scripts `aria-hidden="true"` so that
 * VoiceOver in Safari does not read their text (WebKit bug 283645: scripts inside a
 * `display: contents` element reached the accessibility tree). ARIA attributes are not allowed on
 * `<script>` (the W3C checker reports each one); the global `hidden` attribute is, and says the same:
 * not rendered, not exposed. The script text, and so its CSP hash, is unchanged.
 */
export const conformScripts = (html: string) => html.replace(/<script aria-hidden="true">/g, '<script hidden>');

export function htmlConformance(): AstroIntegration {
	return {
		name: 'kb:html-conformance',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'))) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const done = conformScripts(html);
					if (done !== html) await writeFile(path, done);
				}
			},
		},
	};
}
