// Serves a built site with Cloudflare's own local Pages server (`wrangler pages dev`, which runs
// workerd), so `_headers` and `_redirects` are read by the host's engine, not by our own code.
// Offline and anonymous: no telemetry, no `Request.cf` download, no login, a private home folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const wranglerBin = join(createRequire(import.meta.url).resolve('wrangler/package.json'), '../bin/wrangler.js');

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});

export interface PagesServer { url: string; log: () => string; close: () => Promise<void> }

export async function servePages(dir: string): Promise<PagesServer> {
	const port = await freePort();
	const home = mkdtempSync(join(tmpdir(), 'kb-wrangler-'));
	// Wrangler 4 needs Node 22.12 or newer: the project's own Node (this process) runs it.
	const child = spawn(process.execPath, [wranglerBin, 'pages', 'dev', resolve(dir), '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date', '2025-01-01', '--log-level', 'warn'], {
		cwd: home,
		env: {
			PATH: process.env.PATH,
			HOME: home,
			XDG_CONFIG_HOME: home,
			MINIFLARE_CACHE_DIR: home,
			WRANGLER_SEND_METRICS: 'false',
			CLOUDFLARE_CF_FETCH_ENABLED: 'false',
			CI: 'true',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}/`;
	const close = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(home, { recursive: true, force: true });
	};
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode}):\n${output}`);
		try {
			if ((await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) })).status < 500) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			await close();
			// Seen in a bare chroot without /etc/hosts: workerd waits for `localhost` forever.
			throw new Error(`wrangler pages dev did not answer on ${url} within 60 s (does /etc/hosts name localhost?):\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { url, log: () => output, close };
}
