// `npm run lock:platforms`, after any `npm install`: the registry this project installs from does not
// carry every platform's build of some native packages (Pagefind's and Astro's compiler for macOS,
// Windows, FreeBSD…). npm then leaves them out of package-lock.json, and `npm ci` refuses the lock
// file as out of sync. This records each missing optional platform package with its os/cpu, so that
// `npm ci` skips it on this platform exactly as it skips every other foreign build.
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; optionalDependencies?: Record<string, string>; dev?: boolean; os?: string[]; cpu?: string[]; optional?: boolean };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };

const OS: [RegExp, string][] = [[/darwin/, 'darwin'], [/win32|windows/, 'win32'], [/android/, 'android'], [/freebsd/, 'freebsd'], [/linux/, 'linux']];
const CPU: [RegExp, string][] = [[/arm64|aarch64/, 'arm64'], [/x64|x86_64/, 'x64'], [/wasm32/, 'wasm32'], [/ia32/, 'ia32'], [/arm/, 'arm']];
const pick = (name: string, table: [RegExp, string][]) => table.find(([re]) => re.test(name))?.[1];

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
	for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
		if (lock.packages[`node_modules/${name}`] || lock.packages[`${path}/node_modules/${name}`]) continue;
		const os = pick(name, OS);
		const cpu = pick(name, CPU);
		if (!os && !cpu) throw new Error(`${name} is missing from package-lock.json and its name says no platform: install it`);
		lock.packages[`node_modules/${name}`] = { version: spec, ...(cpu && { cpu: [cpu] }), dev: entry.dev, ...(os && { os: [os] }), optional: true };
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} foreign-platform optional packages in package-lock.json`);
