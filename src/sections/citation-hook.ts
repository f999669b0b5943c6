// The section panel's "Cite" part: APA and BibTeX for the section, each with Copy. The formats are
// made at build time (src/history/, citation-js) and read here with today's access date filled in.
import type { Lang } from '../config/locales.ts';
import { citationsFor } from '../history/cite-client.ts';
import { copyText } from '../links/clipboard.ts';
import { sectionStrings } from './strings.ts';

/** Fills the panel's `[data-cite]` slot for section `id`; pages without citations leave it empty. */
export function renderCitation(panel: HTMLElement, id: string | null, lang: Lang): void {
	const slot = panel.querySelector<HTMLElement>('[data-cite]');
	const cite = slot && citationsFor(id, new Date(), lang);
	if (!slot || !cite) return;
	const t = sectionStrings[lang];
	const title = Object.assign(document.createElement('p'), { className: 'kb-section-label', textContent: t.cite });
	slot.className = 'kb-section-cite';
	slot.append(title);
	for (const [format, text] of [['APA', cite.apa], ['BibTeX', cite.bibtex]] as const) {
		const block = document.createElement('div');
		block.dataset.citeFormat = format.toLowerCase();
		const head = document.createElement('p');
		const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: `${t.copy} (${format})` });
		copy.addEventListener('click', async () => {
			await copyText(text);
			copy.textContent = `${t.copied} (${format})`;
			setTimeout(() => (copy.textContent = `${t.copy} (${format})`), 2500);
		});
		head.append(copy);
		const body = Object.assign(document.createElement('pre'), { textContent: text, tabIndex: 0 });
		body.setAttribute('aria-label', `${t.cite}${t.colon}${format}`);
		block.append(head, body);
		slot.append(block);
	}
}
