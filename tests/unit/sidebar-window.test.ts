import { describe, expect, it } from 'vitest';
import { windowSidebar, SIDEBAR_FULL_LIMIT, type SidebarEntryLike, type SidebarLinkEntry } from '../../src/reading/sidebar-window.ts';

const link = (i: number, current = -1): SidebarLinkEntry => ({ type: 'link', label: `Topic ${i}`, href: `/en/t${i}/`, isCurrent: i === current, attrs: {} });
const sidebar = (topics: number, current = -1): SidebarEntryLike[] => [
	{ type: 'group', label: 'Topics', collapsed: false, entries: Array.from({ length: topics }, (_, i) => link(i, current)) },
	{ type: 'group', label: 'Reference', collapsed: false, entries: [link(1000), link(1001)] },
];
const labels = (s: SidebarEntryLike[], group = 0) => (s[group] as { entries: SidebarEntryLike[] }).entries.map((e) => e.label);
const options = { lang: 'en' as const, indexHref: '/en/#topics' };

describe('the sidebar window', () => {
	it('keeps a small topic list whole', () => {
		const input = sidebar(SIDEBAR_FULL_LIMIT, 3);
		expect(windowSidebar(input, options)).toEqual(input);
	});

	it('cuts a long list to the current topic, four neighbours each side and a link to all topics', () => {
		const out = windowSidebar(sidebar(700, 350), options);
		expect(labels(out)).toEqual(['Topic 346', 'Topic 347', 'Topic 348', 'Topic 349', 'Topic 350', 'Topic 351', 'Topic 352', 'Topic 353', 'Topic 354', 'All 700 topics']);
		const all = (out[0] as { entries: SidebarLinkEntry[] }).entries.at(-1)!;
		expect(all.href).toBe('/en/#topics');
	});

	it('gives the same number of links at 70 and at 700 topics', () => {
		expect(labels(windowSidebar(sidebar(70, 10), options))).toHaveLength(10);
		expect(labels(windowSidebar(sidebar(700, 10), options))).toHaveLength(10);
	});

	it('keeps nine topics at either end of the reading order', () => {
		expect(labels(windowSidebar(sidebar(100, 0), options)).slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `Topic ${i}`));
		expect(labels(windowSidebar(sidebar(100, 99), options)).slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `Topic ${91 + i}`));
	});

	it('centres a slide kit or side-by-side page on its topic, where no link is current', () => {
		const out = windowSidebar(sidebar(100), { ...options, nearHref: '/en/t50/' });
		expect(labels(out)[4]).toBe('Topic 50');
	});

	it('names the full list in Japanese on Japanese pages', () => {
		expect(labels(windowSidebar(sidebar(1200, 5), { lang: 'ja', indexHref: '/#topics' })).at(-1)).toBe('すべてのトピック（1,200件）');
	});

	it('never changes the sidebar it was given (Starlight shares it between pages)', () => {
		const input = sidebar(100, 40);
		const copy = structuredClone(input);
		windowSidebar(input, options);
		expect(input).toEqual(copy);
	});

	it('leaves short groups beside a long one untouched', () => {
		expect(labels(windowSidebar(sidebar(100, 40), options), 1)).toEqual(['Topic 1000', 'Topic 1001']);
	});
});
