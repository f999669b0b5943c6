// `npm run build`: `astro build` with the memory settings of src/config/build-memory.ts, which must
// be in the environment before the process starts (allocators read them at start-up). Arguments
// are passed on: `npm run build -- --outDir other`.
import { spawnSync } from 'node:child_process';
import { withBuildMemory } from '../src/config/build-memory.ts';

const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: withBuildMemory() });
if (astro.error) throw astro.error;
process.exit(astro.status ?? 1);
