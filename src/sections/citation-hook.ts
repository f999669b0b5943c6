// Where a section's citation (APA and BibTeX, each with Copy) joins the section panel. The pages
// that can cite carry <script type="application/json" id="kb-citations">; until then, and on pages
// without it, the panel has no citation block.
import type { Lang } from '../config/locales.ts';

/**
 * Fills the panel's `[data-cite]` slot for section `id`, or leaves it empty. The citation data and
 * its formatting live elsewhere (src/history/cite-client.ts, `citationsFor(id, now, lang)`); this
 * hook only decides whether the page has them and where they go.
 */
export function renderCitation(panel: HTMLElement, id: string | null, lang: Lang): void {
	const slot = panel.querySelector<HTMLElement>('[data-cite]');
	if (!slot || !document.getElementById('kb-citations')) return;
	// At merge with the citation work: const c = citationsFor(id, new Date(), lang); render c.apa and
	// c.bibtex into `slot`, each with a Copy button (copyText from src/links/clipboard.ts).
	void id;
	void lang;
}
