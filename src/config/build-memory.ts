// How `npm run build` (scripts/build.ts) and `bench:site` start Astro, so that a big site builds in
// bounded memory. With Node's defaults a 700-topic build peaked at 4.7 GB RSS, of which the
// JavaScript heap was at most 1.4 GB: V8 let its heap grow far past what was live, the bundler's
// allocator (mimalloc, in rolldown) kept about 1 GB it had freed, and glibc's heap held on to freed
// memory in many arenas. Measured figures: README, "Growing the site".
// Each setting is a default: a variable the caller already set wins.

/** Environment variables for `astro build`; NODE_OPTIONS is merged, not replaced. */
export const BUILD_MEMORY_ENV = {
	/**
	 * The heap size V8 collects against: 1.5 times the largest live heap measured (1.37 GB at 700
	 * topics). A much bigger site that runs out of heap sets its own: NODE_OPTIONS=--max-old-space-size=4096.
	 */
	NODE_OPTIONS: '--max-old-space-size=2048',
	/** mimalloc returns freed pages to the system at once instead of keeping them for reuse. */
	MIMALLOC_PURGE_DELAY: '0',
	/** ...and decommits them (RSS falls) rather than only marking them reusable. */
	MIMALLOC_PURGE_DECOMMITS: '1',
	/** ...and commits its arenas' memory as it is used, not all at once. */
	MIMALLOC_ARENA_EAGER_COMMIT: '0',
	/** glibc: two malloc arenas instead of eight per core, and the heap's free top trimmed from 128 kB. */
	GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.trim_threshold=131072',
} as const;

/** `env` with the build's memory settings added where it does not set them itself. */
export function withBuildMemory(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const out: NodeJS.ProcessEnv = { ...BUILD_MEMORY_ENV, ...env };
	const options = env.NODE_OPTIONS ?? '';
	out.NODE_OPTIONS = /--max-old-space-size/.test(options) ? options : `${options} ${BUILD_MEMORY_ENV.NODE_OPTIONS}`.trim();
	return out;
}
