// WebKitGTK's MiniBrowser (package webkit2gtk-driver brings it and WebKitWebDriver) under xvfb-run,
// driven over the W3C WebDriver HTTP protocol. The protocol is a handful of JSON requests, so a
// small client here replaces a WebDriver library.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { callSource, poll, type Engine, type Key, type ReaderDriver } from './driver.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** MiniBrowser lives in the multiarch library directory of whichever WebKitGTK API version is installed. */
export function miniBrowser(): string {
	if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
	for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
		for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
			const path = `/usr/lib/${arch}/${api}/MiniBrowser`;
			if (existsSync(path)) return path;
		}
	}
	return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});

/** WebDriver's codes for the keys the cases press. */
const KEYS: Record<Key, string> = { Enter: '\uE007', Escape: '\uE00C' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebDriverError extends Error {}

export const webkit: Engine = {
	name: 'webkit',
	binary: WEBKIT_DRIVER,
	debianPackage: 'webkit2gtk-driver',
	async launch(): Promise<ReaderDriver> {
		const port = await freePort();
		// xvfb-run gives MiniBrowser a display of its own; -a picks a free one.
		const driver: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`], { stdio: 'ignore', detached: true });
		const base = `http://127.0.0.1:${port}`;
		const send = async (method: string, path: string, body?: unknown) => {
			const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
			const json = (await res.json()) as { value: { error?: string; message?: string } & Record<string, unknown> };
			if (!res.ok) throw new WebDriverError(`${method} ${path}: ${json.value.error} ${json.value.message}`);
			return json.value as never;
		};
		await poll(() => fetch(`${base}/status`).then((r) => r.ok), `WebKitWebDriver on port ${port}`);
		const { sessionId } = await send('POST', '/session', {
			capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } },
		}) as { sessionId: string };
		const session = (path: string) => `/session/${sessionId}${path}`;
		await send('POST', session('/window/rect'), { width: 1280, height: 900 });
		const evaluate = (fn: Parameters<ReaderDriver['evaluate']>[0], args: unknown[]) => send('POST', session('/execute/sync'), { script: `return ${callSource(fn as never, args)};`, args: [] });
		const find = async (selector: string) => {
			const found = (await send('POST', session('/element'), { using: 'css selector', value: selector })) as Record<string, string>;
			return found[ELEMENT];
		};
		return {
			goto: async (url) => {
				await send('POST', session('/url'), { url });
			},
			evaluate: (fn, ...args) => evaluate(fn, args) as never,
			click: async (selector) => {
				await send('POST', session(`/element/${await find(selector)}/click`), {});
			},
			hover: async (selector) => {
				const origin = { [ELEMENT]: await find(selector) };
				// Pointer actions only reach what is in the viewport.
				await send('POST', session('/execute/sync'), { script: 'arguments[0].scrollIntoView({ block: "center" });', args: [origin] });
				await send('POST', session('/actions'), { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin, x: 0, y: 0 }] }] });
			},
			press: async (key) => {
				await send('POST', session('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }] }] });
			},
			type: async (selector, text) => {
				await send('POST', session(`/element/${await find(selector)}/value`), { text: text.replace(/\n$/, KEYS.Enter) });
			},
			select: async (selector, value) => {
				// Clicking an <option> is how WebDriver picks it; the browser fires input and change.
				await send('POST', session(`/element/${await find(`${selector} option[value="${value}"]`)}/click`), {});
			},
			waitFor: (fn, ...args) => poll(() => evaluate(fn, args), fn.toString()),
			url: () => send('GET', session('/url')),
			close: async () => {
				await send('DELETE', session('')).catch(() => undefined);
				// xvfb-run, Xvfb and the driver share the group started above.
				try {
					process.kill(-driver.pid!, 'SIGTERM');
				} catch {
					// already gone
				}
			},
		};
	},
};
