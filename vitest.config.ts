import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					// Builds the site once and serves dist/ on a free port for every browser test.
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
