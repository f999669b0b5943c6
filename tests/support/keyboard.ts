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

/** Where the focus is after a key press, and whether it shows (outline or shadow, on screen). */
export function focusStop(page: Page): Promise<FocusStop> {
	return page.evaluate(() => {
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
	});
}
