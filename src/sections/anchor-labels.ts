// Starlight words the screen-reader label of every heading link in content/ in the root locale's
// language: it tells a page's language from its path under src/content/docs/, and our pages live in
// content/. The Japanese label (src/content/i18n/ja.json) is right for Japanese pages; this gives
// the other languages' pages their own.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `html` with each heading link's label `rootLabel` (with `{{title}}`) rewritten as `label`. */
export function relabelAnchors(html: string, rootLabel: string, label: string): string {
	if (rootLabel === label) return html;
	const [before, after = ''] = rootLabel.split('{{title}}');
	const link = new RegExp(`(<a class="sl-anchor-link"[^>]*>[\\s\\S]*?<span class="sr-only"[^>]*>)${escape(before)}([\\s\\S]*?)${escape(after)}(</span>)`, 'g');
	return html.replace(link, (_, open: string, title: string, close: string) => open + label.replace('{{title}}', title) + close);
}

const ANCHOR_ICON = /(<span aria-hidden="true" class="sl-anchor-icon">)<svg ([^>]*)>([\s\S]*?)<\/svg>/g;

/**
 * `html` with Starlight's heading-link icon drawn once: the first heading's icon holds it as a
 * `<symbol>`, every icon (that one too) shows it with `<use>` (a same-document reference, which the
 * content security policy and a file:// page allow). A page repeated the same 600-byte SVG at every
 * heading. An icon that differs from the first is left as it is.
 */
export function shareAnchorIcons(html: string, id = 'kb-anchor-icon'): string {
	let shared: string | undefined;
	return html.replace(ANCHOR_ICON, (whole, open: string, attrs: string, inner: string) => {
		const viewBox = /\sviewBox="([^"]*)"/.exec(` ${attrs}`)?.[1];
		if (!viewBox || (shared !== undefined && inner !== shared)) return whole;
		const symbol = shared === undefined ? `<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>` : '';
		shared = inner;
		return `${open}<svg ${attrs.replace(/\s*viewBox="[^"]*"/, '')}>${symbol}<use href="#${id}"></use></svg>`;
	});
}
