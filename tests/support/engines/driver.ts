// What a reader does in a browser, the same in every engine, so each reader action is one table
// of cases run per engine (tests/browser/engines.test.ts). Kept to what those cases need.

/** A function run in the page; its source is sent to the browser, so it may use only its arguments. */
export type PageFunction<A extends unknown[], T> = (...args: A) => T | Promise<T>;

/** The keys the cases press, by their DOM `key` names. */
export type Key = 'Enter' | 'Escape';

/** One browser window of one engine. */
export interface ReaderDriver {
	/** Opens `url` and waits for its load event. */
	goto(url: string): Promise<void>;
	/** Runs `fn(...args)` in the page and returns its (JSON) result. */
	evaluate<A extends unknown[], T>(fn: PageFunction<A, T>, ...args: A): Promise<T>;
	/** A real click (pointer events) in the middle of the first element matching `selector`. */
	click(selector: string): Promise<void>;
	/** Moves the pointer over the middle of the first element matching `selector`. */
	hover(selector: string): Promise<void>;
	/** Presses and releases a key on whatever has the focus. */
	press(key: Key): Promise<void>;
	/** Focuses the element and types `text` key by key; a final `\n` presses Enter. */
	type(selector: string, text: string): Promise<void>;
	/** Picks the option with `value` in the `<select>` matching `selector`, as a reader would. */
	select(selector: string, value: string): Promise<void>;
	/** Waits until `fn(...args)` is truthy in the page (across navigations), or fails after `timeout` ms. */
	waitFor<A extends unknown[]>(fn: PageFunction<A, unknown>, ...args: A): Promise<void>;
	/** The page's URL. */
	url(): Promise<string>;
	close(): Promise<void>;
}

export interface Engine {
	/** What the test names say: firefox, webkit. */
	name: string;
	/** The binary this engine needs, for a clear message when it is missing. */
	binary: string;
	/** The Debian package that brings it. */
	debianPackage: string;
	launch(): Promise<ReaderDriver>;
}

/** Source of `fn(...args)` as an expression; every engine's protocol takes script text. */
export const callSource = (fn: PageFunction<unknown[], unknown>, args: unknown[]) => `(${fn.toString()})(...${JSON.stringify(args)})`;

const WAIT_MS = 15_000;

/** Polls `check` until it is truthy; errors while a page is being replaced count as "not yet". */
export async function poll(check: () => Promise<unknown>, what: string, timeout = WAIT_MS): Promise<void> {
	const until = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			if (await check()) return;
			last = undefined;
		} catch (error) {
			last = error;
		}
		if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
