// A sidebar that costs the same at any size. Every HTML page carries the sidebar, so a group listing
// every topic makes the total HTML grow as pages × topics (about 350 bytes per topic on every page:
// 245 kB of each page at 700 topics). Past a limit, a group keeps the current page's neighbours in
// reading order and one link to the home page's full list; small sites keep the whole list.
import type { Lang } from '../config/locales.ts';

/** The shape of Starlight's sidebar entries that this module reads and writes. */
export interface SidebarLinkEntry {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge?: unknown;
	attrs: Record<string, unknown>;
}
export interface SidebarGroupEntry {
	type: 'group';
	label: string;
	entries: SidebarEntryLike[];
	collapsed: boolean;
	badge?: unknown;
}
export type SidebarEntryLike = SidebarLinkEntry | SidebarGroupEntry;

/** Groups with more links than this are cut to a window; today's 7 topics are far below it. */
export const SIDEBAR_FULL_LIMIT = 30;
/** Neighbours kept on each side of the current page (so 2 × 4 + 1 = 9 links at most). */
export const SIDEBAR_NEIGHBOURS = 4;

const allTopicsLabel: Record<Lang, (n: number) => string> = {
	ja: (n) => `すべてのトピック（${n.toLocaleString('ja')}件）`,
	en: (n) => `All ${n.toLocaleString('en')} topics`,
};

export interface WindowOptions {
	lang: Lang;
	/** Where the full list lives: the home page's topic list, base included (`/en/#topics`). */
	indexHref: string;
	/** The link to centre on when no link is the current page (a topic's slide kit or side-by-side page). */
	nearHref?: string;
	limit?: number;
	neighbours?: number;
}

/**
 * Returns a new sidebar in which every group of more than `limit` links keeps only the current
 * link and its neighbours (or the first links, when the current page is not in the group), followed
 * by a link to the full list. Never mutates its input: Starlight shares it between pages.
 */
export function windowSidebar(sidebar: readonly SidebarEntryLike[], options: WindowOptions): SidebarEntryLike[] {
	const { lang, indexHref, nearHref, limit = SIDEBAR_FULL_LIMIT, neighbours = SIDEBAR_NEIGHBOURS } = options;
	return sidebar.map((entry) => {
		if (entry.type !== 'group') return entry;
		const links = entry.entries;
		if (links.length <= limit || links.some((e) => e.type === 'group')) return entry;
		const width = 2 * neighbours + 1;
		let current = links.findIndex((e) => e.type === 'link' && e.isCurrent);
		if (current < 0 && nearHref) current = links.findIndex((e) => e.type === 'link' && e.href === nearHref);
		const start = current < 0 ? 0 : Math.max(0, Math.min(current - neighbours, links.length - width));
		const all: SidebarLinkEntry = { type: 'link', label: allTopicsLabel[lang](links.length), href: indexHref, isCurrent: false, attrs: { 'data-sidebar-all': '' } };
		return { ...entry, entries: [...links.slice(start, start + width), all] };
	});
}
