// A minimal static file server for built sites, on an ephemeral port, so browser tests run against
// exactly what would be deployed (no dev server, no Astro preview).
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
};

export interface Served { url: string; close: () => Promise<void> }

/** Types a web server compresses (Pagefind's files and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

export interface ServeOptions {
	/** Send text gzip-compressed (level 6, the usual server default) to clients that accept it. */
	gzip?: boolean;
	/** A fixed port, to come back on the same origin (0: any free port). */
	port?: number;
	/** Told of every request answered: its path and the bytes of the body sent (after gzip). */
	onServe?: (path: string, bytes: number) => void;
}

/** Serves `dir` at `base` (e.g. '/' or '/kb/') on 127.0.0.1. */
export async function serveStatic(dir: string, base = '/', { gzip = false, port = 0, onServe }: ServeOptions = {}): Promise<Served> {
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			onServe?.(path, 0);
			const notFound = join(dir, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
			const body = gzipSync(readFileSync(file), { level: 6 });
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
			res.end(body);
			onServe?.(path, body.length);
			return;
		}
		res.writeHead(200, { 'content-type': type });
		createReadStream(file).pipe(res);
		onServe?.(path, statSync(file).size);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: listening } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${listening}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
