// Pointer targets on a page and their sizes, as WCAG 2.2 SC 2.5.8 counts them: every visible link,
// button, field and summary, except links inside a sentence (the SC's inline exception: a link whose
// block holds more text than the link itself).

export interface Target { name: string; width: number; height: number }

/** Runs in the page (stringified by the test's driver). */
export function measureTargets(): Target[] {
	const out: Target[] = [];
	for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, summary, [role="button"]')) {
		// A stretched link (Starlight's LinkCard) is the whole card: its ::before covers the card.
		const before = getComputedStyle(el, '::before');
		const stretched = before.content !== 'none' && before.position === 'absolute' && el.offsetParent;
		const r = (stretched ? el.offsetParent! : el).getBoundingClientRect();
		const style = getComputedStyle(el);
		if (!r.width || !r.height || style.visibility === 'hidden' || el.closest('[hidden], .sr-only') || el.checkVisibility?.() === false) continue;
		if (el.tagName === 'A') {
			const block = el.parentElement?.closest('p, li, td, th, dd, blockquote, figcaption');
			const own = (el.textContent ?? '').trim().length;
			if (block && (block.textContent ?? '').trim().length > own + 2) continue;
		}
		const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40) || el.tagName;
		out.push({ name, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
	}
	return out;
}
