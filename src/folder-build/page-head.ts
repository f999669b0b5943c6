// Folder copy: what each page's <head> gains or loses to work from file://.
import { posix } from 'node:path';
import { FOLDER_SEARCH } from '../search/folder-engine.ts';

/**
 * Starlight's language picker navigates with `location.pathname = option.value`, which from a
 * folder would leave the folder. This listener runs first (capture phase on window) and follows
 * the option's relative URL instead.
 */
const LANGUAGE_PICKER = `addEventListener('change',function(e){var s=e.target;if(!(s instanceof HTMLSelectElement)||!s.closest('starlight-lang-select'))return;e.stopImmediatePropagation();location.href=new URL(s.value,location.href).href},true);`;

/** The relative URL of the copy's root from a page: `en/x/index.html` → `../../`. */
export const rootFrom = (page: string) => `${posix.relative(posix.dirname(page), '.') || '.'}/`;

/**
 * The page's HTML with the folder's root named for the search (folder-engine.ts), the picker
 * fixed, and no web manifest (a file:// page cannot be installed, and requesting it fails).
 */
export function folderHead(html: string, page: string): string {
	const added = `<meta name="${FOLDER_SEARCH.rootMeta}" content="${rootFrom(page)}"><script>${LANGUAGE_PICKER}</script>`;
	return html.replace(/<link rel="manifest"[^>]*>/g, '').replace('</head>', `${added}</head>`);
}
