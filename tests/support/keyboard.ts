// Helpers for keyboard-only tests: what a sighted keyboard user can reach, and whether they can see
// where the focus is.
import type { Page } from 'playwright-core';

export interface Control { key: string; label: string }

/** Marks and lists the controls a reader can see and operate: links, buttons, fields, summaries. */
export function visibleControls(page: Page): Promise<Control[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		return [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 1 && r.height > 1;
			})
			.map((el, i) => {
				el.dataset.kbControl ??= String(i);
				return { key: el.dataset.kbControl, label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().slice(0, 40)}"` };
			});
	});
}

export interface FocusStop { key: string | null; label: string; indicator: boolean; onScreen: boolean }

/** Runs in the page: where the focus is, and whether it shows (outline or shadow, on screen). */
function stopInPage(): FocusStop {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body) return { key: null, label: 'body', indicator: false, onScreen: false };
	const style = getComputedStyle(el);
	const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
	const shadow = style.boxShadow !== 'none';
	const r = el.getBoundingClientRect();
	return {
		key: el.dataset.kbControl ?? null,
		label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
		indicator: outline || shadow,
		onScreen: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
	};
}

/** Where the focus is after a key press, and whether it shows (outline or shadow, on screen). */
export function focusStop(page: Page): Promise<FocusStop> {
	return page.evaluate(stopInPage);
}

/** The Tab key as Playwright's keyboard.press('Tab') sends it. */
const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, location: 0, isKeypad: false, modifiers: 0 };

/**
 * Presses Tab until the focus leaves the page after having reached a listed control (or `max`
 * presses; a page with `controls` controls needs at least that many) and returns the stop after each press, up to that exit. The page notes each stop itself when the next
 * Tab arrives (a capturing keydown listener sees the focus before it moves), so presses go out in
 * batches instead of a press and a query per stop, which took most of the suite's keyboard time.
 * Chromium handles the key events of one session in order, so the stops are the ones a reader
 * pressing Tab one at a time meets.
 */
export async function tabRound(page: Page, controls: number, max: number): Promise<FocusStop[]> {
	await page.evaluate(`addEventListener('keydown', (e) => { if (e.key === 'Tab') (window.__kbStops ??= []).push((${stopInPage.toString()})()); }, true)`);
	const cdp = await page.context().newCDPSession(page);
	const stops: FocusStop[] = [];
	try {
		for (let pressed = 0; pressed < max; ) {
			// A round takes at least one press per control; after that, small batches overshoot little.
			const batch = Math.min(pressed ? 10 : controls + 1, max - pressed);
			await Promise.all(
				Array.from({ length: batch }, () => [cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB })]).flat(),
			);
			pressed += batch;
			// Stop i in the page's list is the focus before press i + 1, so after press i; the first is
			// the focus before any press, and the stop after the last press is read now.
			const seen = [...(await page.evaluate(() => (window as unknown as { __kbStops: FocusStop[] }).__kbStops.splice(0))), await focusStop(page)];
			seen.shift();
			for (const stop of seen) {
				if (stop.label === 'body') {
					// Before the first control is reached the focus may still be on the page itself.
					if (stops.some((s) => s.key)) return stops;
					continue;
				}
				stops.push(stop);
			}
		}
		return stops;
	} finally {
		await cdp.detach();
	}
}
