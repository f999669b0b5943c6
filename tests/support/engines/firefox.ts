// Debian's firefox-esr through WebDriver BiDi (puppeteer-core's `browser: 'firefox'`); nothing is downloaded.
import puppeteer from 'puppeteer-core';
import { callSource, poll, type Engine, type ReaderDriver } from './driver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

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
				await page.goto(url, { waitUntil: 'load' });
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
