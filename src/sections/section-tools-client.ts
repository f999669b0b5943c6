// The section tools: a button beside each h2/h3 of a topic page or a side-by-side page opens a small
// panel for that section (short link and Copy, full link, QR code with SVG and PNG downloads, the
// side-by-side view and the other language at this section, Share). Bundled, so the CSP holds; the
// panel's markup and text come from the page (src/sections/SectionTools.astro), in its language.
import type { Lang } from '../config/locales.ts';
import { copyText } from '../links/clipboard.ts';
import { renderCitation } from './citation-hook.ts';
import { followSections } from './follow-section.ts';
import { sectionLink, type PageLinks } from './section-link-data.ts';
import { shortLinkParts } from './short-link-text.ts';

/** A heading's own lines (its change date, a translation notice) stay right under it; what we add goes after them. */
function afterOwnLines(wrapper: Element): Element {
	let last = wrapper;
	while (last.nextElementSibling?.matches('.kb-section-date, .kb-lag-notice')) last = last.nextElementSibling;
	return last;
}

interface Data { slug: string; placeholder: boolean; links: Partial<Record<Lang, PageLinks>> }
interface Heading { wrapper: HTMLElement; heading: HTMLElement; id: string; lang: Lang; title: string; button?: HTMLButtonElement }

const PANEL_ID = 'kb-section-panel';
const langOf = (el: Element): Lang => ((el.closest('[lang]')?.getAttribute('lang') ?? 'ja').startsWith('en') ? 'en' : 'ja');
const template = (lang: Lang) => document.getElementById(`kb-section-panel-${lang}`) as HTMLTemplateElement | null;

/** The short link as text that breaks only after a `/`. */
export function fillShortLink(target: HTMLElement, url: string): void {
	target.replaceChildren(
		...shortLinkParts(url).flatMap((part, i) => {
			const span = Object.assign(document.createElement('span'), { textContent: part, className: 'kb-nowrap' });
			return i ? [document.createElement('wbr'), span] : [span];
		}),
	);
}

const ICON = '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor"><path d="M3 3h8v8H3V3zm2 2v4h4V5H5zm8-2h8v8h-8V3zm2 2v4h4V5h-4zM3 13h8v8H3v-8zm2 2v4h4v-4H5zm8-2h2v2h-2v-2zm2 2h2v2h-2v-2zm2-2h2v2h-2v-2zm2 2h2v2h-2v-2zm-6 2h2v2h-2v-2zm4 0h2v2h-2v-2zm-2 2h2v2h-2v-2zm4 0h2v2h-2v-2z"/></svg>';

function headings(): Heading[] {
	return [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .sl-heading-wrapper')].flatMap((wrapper) => {
		const heading = wrapper.querySelector<HTMLElement>(':scope > h2, :scope > h3');
		const id = wrapper.closest<HTMLElement>('.kb-parallel-section')?.id ?? heading?.id;
		if (!heading || !id) return [];
		return [{ wrapper, heading, id, lang: langOf(wrapper), title: heading.textContent?.trim() ?? '' }];
	});
}

function init(data: Data): void {
	let open: { panel: HTMLElement; entry: Heading } | undefined;

	const close = (returnFocus: boolean) => {
		if (!open) return;
		const { panel, entry } = open;
		open = undefined;
		panel.remove();
		entry.button!.setAttribute('aria-expanded', 'false');
		if (returnFocus) entry.button!.focus();
	};

	// The QR encoder and drawing are loaded when a reader first reaches for a panel (pointing at or
	// focusing a button), not with the page; the offline copy holds them like any script.
	type Qr = typeof import('./qr-bits.ts') & typeof import('./qr-draw.ts');
	let encoder: Promise<Qr | undefined> | undefined;
	const loadEncoder = () =>
		(encoder ??= Promise.all([import('./qr-bits.ts'), import('./qr-draw.ts')])
			.then(([bits, draw]): Qr => ({ ...bits, ...draw }))
			.catch(() => (encoder = undefined)));
	let asked = 0;

	const show = async (entry: Heading) => {
		const same = open?.entry === entry;
		close(false);
		if (same) return;
		const tpl = template(entry.lang);
		const links = data.links[entry.lang];
		const link = links && sectionLink(links, entry.id);
		if (!tpl || !link) return;
		const request = ++asked;
		const qrCode = await loadEncoder();
		// Another button was pressed while the encoder loaded: that one opens.
		if (request !== asked) return;
		close(false);
		const panel = (tpl.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
		const $ = <T extends HTMLElement>(sel: string) => panel.querySelector<T>(sel)!;
		panel.id = PANEL_ID;
		panel.tabIndex = -1;
		const title = $('[data-title]');
		title.id = `${PANEL_ID}-title`;
		title.textContent = tpl.dataset.title!.replace('{title}', entry.title);
		panel.setAttribute('aria-labelledby', title.id);
		fillShortLink($('[data-short]'), link.short);
		const full = $<HTMLAnchorElement>('[data-full]');
		full.href = link.full;
		full.textContent = decodeURI(link.full);
		const label = `${tpl.dataset.shortLabel}${link.short}`;
		if (qrCode) {
			const qr = qrCode.qrBits(link.short);
			const svg = qrCode.qrSvgText(qr, label);
			$('[data-qr]').innerHTML = svg;
			const file = `${data.slug}-${entry.id}-${entry.lang}`;
			Object.assign($<HTMLAnchorElement>('[data-svg]'), { href: qrCode.svgDataUrl(svg), download: `${file}.svg` });
			Object.assign($<HTMLAnchorElement>('[data-png]'), { href: qrCode.qrPngDataUrl(qr), download: `${file}.png` });
		} else $('.kb-section-downloads').remove();
		for (const a of panel.querySelectorAll<HTMLAnchorElement>('[data-parallel], [data-other]')) a.setAttribute('href', `${a.getAttribute('href')!.split('#')[0]}#${entry.id}`);
		const status = $('[data-status]');
		const copy = $<HTMLButtonElement>('[data-copy]');
		copy.addEventListener('click', async () => {
			await copyText(link.short);
			copy.textContent = copy.dataset.done!;
			status.textContent = `${copy.dataset.done}: ${link.short}`;
			setTimeout(() => (copy.textContent = copy.dataset.label!), 2500);
		});
		if (typeof navigator.share === 'function') {
			$('[data-share-item]').hidden = false;
			$('[data-share]').addEventListener('click', () => navigator.share({ title: entry.title, url: link.short }).catch(() => {}));
		}
		$('[data-close]').addEventListener('click', () => close(true));
		renderCitation(panel, entry.id, entry.lang);
		entry.wrapper.after(panel);
		entry.button!.setAttribute('aria-expanded', 'true');
		entry.button!.setAttribute('aria-controls', PANEL_ID);
		open = { panel, entry };
		panel.focus({ preventScroll: true });
	};

	const list = headings();
	for (const entry of list) {
		if (!data.links[entry.lang]?.sections[entry.id] || !template(entry.lang)) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'kb-section-button';
		button.setAttribute('aria-label', template(entry.lang)!.dataset.button!.replace('{title}', entry.title));
		button.setAttribute('aria-expanded', 'false');
		button.innerHTML = ICON;
		button.addEventListener('click', () => void show(entry));
		for (const type of ['pointerenter', 'focus']) button.addEventListener(type, () => void loadEncoder(), { once: true });
		entry.wrapper.append(button);
		entry.button = button;
		// Printed under each h2: the section's short link, in small type.
		if (entry.heading.tagName === 'H2') {
			const printed = Object.assign(document.createElement('p'), { className: 'kb-print-short' });
			printed.textContent = template(entry.lang)!.dataset.shortLabel!;
			const url = document.createElement('span');
			fillShortLink(url, sectionLink(data.links[entry.lang]!, entry.id)!.short);
			printed.append(url);
			afterOwnLines(entry.wrapper).after(printed);
		}
	}
	document.documentElement.classList.add('kb-section-tools');

	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && open) {
			e.preventDefault();
			close(true);
		}
	});
	document.addEventListener('pointerdown', (e) => {
		if (open && !open.panel.contains(e.target as Node) && !open.entry.button!.contains(e.target as Node)) close(false);
	});

	followSections({ isBusy: () => !!open });
}

const source = document.getElementById('kb-section-links');
if (source) init(JSON.parse(source.textContent!) as Data);
