// The address follows the section in view, so that whatever a reader does next (switch language,
// open the side-by-side view or the slide kit, copy the address bar) keeps their place.
// history.replaceState: no history entry, no scrolling, no hashchange. It waits for the reader's
// own scrolling (a page opened at #id stays at #id) and does nothing while a panel or card is open.

/** Below the header, a little into the viewport: the section whose heading is above it is "in view". */
const LINE = 0.3;

/** Links whose target has the same section ids (the other language, the side-by-side view, the slide kit). */
const KEEP = 'a[data-keep-section]';

function targets(): HTMLElement[] {
	const parallel = [...document.querySelectorAll<HTMLElement>('.kb-parallel-section[id]')];
	if (parallel.length) return parallel;
	return [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3)[id]')];
}

/** Points every section-keeping link at `hash` (`#id`, or '' for the top). */
export function keepSection(hash: string): void {
	const kept = hash === '#summary' ? '' : hash;
	for (const a of document.querySelectorAll<HTMLAnchorElement>(KEEP)) a.setAttribute('href', a.getAttribute('href')!.split('#')[0] + kept);
}

export function followSections({ isBusy }: { isBusy: () => boolean }): void {
	const sections = targets();
	if (!sections.length) return;
	let reading = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	keepSection(location.hash);
	addEventListener('hashchange', () => keepSection(location.hash));
	// Scrolling the browser does on load (to #id, or restoring a position) is not the reader's.
	for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (reading = true), { passive: true, capture: true });

	const update = () => {
		const cardOpen = document.querySelector('[data-term-card]:not([hidden])');
		if (!reading || isBusy() || cardOpen) return;
		const line = innerHeight * LINE;
		let current: HTMLElement | undefined;
		for (const s of sections) {
			if (s.getBoundingClientRect().top <= line) current = s;
			else break;
		}
		const hash = current ? `#${current.id}` : '';
		if (hash === location.hash) return;
		history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
		keepSection(hash);
	};
	addEventListener(
		'scroll',
		() => {
			clearTimeout(timer);
			timer = setTimeout(update, 150);
		},
		{ passive: true },
	);
}
