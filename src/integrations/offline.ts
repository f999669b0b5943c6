import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { langs } from '../config/locales.ts';
import { renderIcons } from '../offline/icons.ts';
import { webManifest, manifestPath } from '../offline/web-manifest.ts';
import { readingPages } from '../offline/reading-pages.ts';
import { writeOffline } from '../offline/build-service-worker.ts';

const registerScript = fileURLToPath(new URL('../offline/register.ts', import.meta.url));

/**
 * Makes the built site installable and readable offline: icons, a web manifest per language, and a
 * service worker that caches what reading and searching need (src/offline/precache.ts), whole or
 * in part by the site's size (src/config/offline.ts). Must come after every integration that
 * writes into the build (the search index), so that the worker's list includes their files.
 */
export function offline(): AstroIntegration {
	let base = '/';
	let root = process.cwd();
	return {
		name: 'kb:offline',
		hooks: {
			'astro:config:setup': ({ command, injectScript }) => {
				// Only built sites get a worker: under `astro dev` it would serve stale files.
				if (command === 'build') injectScript('page', `import ${JSON.stringify(registerScript)};`);
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			// `astro dev` serves the manifests and icons too, so that pages link to nothing missing.
			'astro:server:setup': ({ server }) => {
				const root = base.replace(/\/?$/, '/');
				const files = new Map<string, [string, string | Buffer]>([...renderIcons()].map(([path, png]) => [root + path, ['image/png', png]]));
				for (const lang of langs) files.set(root + manifestPath(lang), ['application/manifest+json', JSON.stringify(webManifest(lang, base))]);
				server.middlewares.use((req, res, next) => {
					const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
					if (!file) return next();
					res.setHeader('content-type', file[0]);
					res.end(file[1]);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const write = async (path: string, data: string | Buffer) => {
					await mkdir(dirname(join(out, path)), { recursive: true });
					await writeFile(join(out, path), data);
				};
				for (const [path, png] of renderIcons()) await write(path, png);
				for (const lang of langs) await write(manifestPath(lang), JSON.stringify(webManifest(lang, base), null, '\t'));
				const started = performance.now();
				const { summary } = await writeOffline(out, base, readingPages(root));
				logger.info(`${summary} (${Math.round(performance.now() - started)} ms)`);
			},
		},
	};
}
