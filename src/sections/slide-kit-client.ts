// The slide kit in the browser: a filter box over its cards, "Copy as Markdown" and the PNG download
// on each card. Without JavaScript the kit still opens at #id, its contents list works and each card
// offers its SVG.
import { copyText } from '../links/clipboard.ts';
import { keepSection } from './follow-section.ts';
import { qrPngDataUrl } from './qr-draw.ts';

const cards = [...document.querySelectorAll<HTMLElement>('.kb-slide-card')];

for (const card of cards) {
	const png = card.querySelector<HTMLAnchorElement>('[data-png]')!;
	png.hidden = false;
	// Drawn on demand: a 1,024 px canvas per card is not worth making for every card on load.
	png.addEventListener('click', () => {
		if (png.getAttribute('href') === '#') png.href = qrPngDataUrl(card.dataset.qrBits!);
	});
	const tools = card.querySelector<HTMLElement>('.kb-slide-kit-tools')!;
	tools.hidden = false;
	const button = tools.querySelector<HTMLButtonElement>('[data-copy-markdown]')!;
	const label = button.textContent;
	button.addEventListener('click', async () => {
		await copyText(button.dataset.copyMarkdown!);
		button.textContent = button.dataset.done!;
		tools.querySelector('[role="status"]')!.textContent = `${button.dataset.done}: ${button.dataset.copyMarkdown}`;
		setTimeout(() => (button.textContent = label), 2500);
	});
}

const filter = document.querySelector<HTMLElement>('.kb-slide-kit-filter');
const input = document.querySelector<HTMLInputElement>('#kb-slide-kit-filter');
if (filter && input) {
	filter.hidden = false;
	const status = filter.querySelector('[data-filter-status]')!;
	input.addEventListener('input', () => {
		const q = input.value.trim().toLowerCase();
		let shown = 0;
		for (const card of cards) {
			const title = card.querySelector('.kb-slide-card-title')!.textContent!.toLowerCase();
			const match = !q || title.includes(q) || card.dataset.id!.includes(q);
			card.hidden = !match;
			document.querySelector<HTMLElement>(`.kb-slide-kit-contents li[data-for="${card.id}"]`)!.hidden = !match;
			if (match) shown++;
		}
		status.textContent = q ? `${shown} / ${cards.length}` : '';
	});
}

// The link back to the page carries the section the kit was opened at.
keepSection(location.hash === '#kb-card-page' ? '' : location.hash);
addEventListener('hashchange', () => keepSection(location.hash === '#kb-card-page' ? '' : location.hash));
