// Debian's firefox-esr through WebDriver BiDi (puppeteer-core's `browser: 'firefox'`); nothing is downloaded.
import puppeteer from 'puppeteer-core';
import { callSource, poll, type Engine, type ReaderDriver } from './driver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** How long one try at loading a page may take. */
const GOTO_MS = 15_000;

/** `promise`, or a rejection naming `what` once `ms` have passed without it settling. */
function settleWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer after ${ms} ms: ${what}`)), ms);
	});
	return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export const firefox: Engine = {
	name: 'firefox',
	binary: FIREFOX,
	debianPackage: 'firefox-esr',
	async launch(): Promise<ReaderDriver> {
		const browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX,
			headless: true,
			defaultViewport: { width: 1280, height: 900 },
			// The service worker would copy the whole site into this throwaway profile on the first page.
			extraPrefsFirefox: { 'dom.serviceWorkers.enabled': false },
		});
		const page = await browser.newPage();
		const evaluate = (fn: Parameters<ReaderDriver['evaluate']>[0], args: unknown[]) => page.evaluate(callSource(fn as never, args));
		return {
			goto: async (url) => {
				// Firefox ESR over BiDi can leave a navigation pending forever when it starts while the page is
				// still leaving (a tapped link): give each try a deadline and navigate again, three times at most.
				for (let attempt = 1; ; attempt++) {
					try {
						await settleWithin(page.goto(url, { waitUntil: 'load', timeout: GOTO_MS }), GOTO_MS + 2_000, `loading ${url}`);
						return;
					} catch (error) {
						if (attempt === 3) throw error;
					}
				}
			},
			evaluate: (fn, ...args) => evaluate(fn, args) as never,
			click: (selector) => page.click(selector),
			hover: (selector) => page.hover(selector),
			press: (key) => page.keyboard.press(key),
			type: async (selector, text) => {
				await page.focus(selector);
				await page.keyboard.type(text.replace(/\n$/, ''));
				if (text.endsWith('\n')) await page.keyboard.press('Enter');
			},
			select: async (selector, value) => {
				await page.select(selector, value);
			},
			waitFor: (fn, ...args) => poll(() => evaluate(fn, args), fn.toString()),
			url: async () => page.url(),
			close: () => browser.close(),
		};
	},
};
