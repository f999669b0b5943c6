// Build time: bundles service-worker.ts into one classic script, sw.js, with the precache list
// written into it. Rolldown is the bundler Vite 8 itself runs on.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import type { Precache } from './precache.ts';

const source = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

export async function buildServiceWorker(precache: Precache): Promise<string> {
	const bundle = await rolldown({
		input: source,
		logLevel: 'warn',
		transform: { define: { __KB_PRECACHE__: JSON.stringify(precache) } },
	});
	try {
		const { output } = await bundle.generate({ format: 'iife', minify: true });
		return output[0].code;
	} finally {
		await bundle.close();
	}
}

/** Writes `sw.js` at the root of the built site. */
export async function writeServiceWorker(dir: string, precache: Precache): Promise<void> {
	await writeFile(join(dir, 'sw.js'), await buildServiceWorker(precache));
}
