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
