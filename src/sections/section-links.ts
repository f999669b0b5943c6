// Build time: each section's short link, full link and QR code for a topic page in one language,
// from the link manifest (the same codes the slide kits show).
import { localePath, type Lang } from '../config/locales.ts';
import { absoluteUrl } from '../links/absolute.ts';
import { buildLinkTable } from '../links/build-data.ts';
import { shortPath } from '../links/short-links.ts';
import { qrBits } from './qr-bits.ts';

export interface SectionLink {
	/** The absolute short link: `https://kb.example.com/en/s/k7x/`. */
	short: string;
	/** The absolute section URL: `https://kb.example.com/en/introspection/#overview`. */
	full: string;
	/** Its QR code's modules (src/sections/qr-bits.ts). */
	qr: string;
}

export interface PageLinks {
	page: SectionLink;
	/** Section id → its links; sections without a code yet (`astro dev` before links:update) are absent. */
	sections: Record<string, SectionLink>;
}

export function pageLinks(slug: string, lang: Lang, site: URL | undefined): PageLinks | undefined {
	const codes = buildLinkTable().codes.get(localePath('ja', slug));
	if (!codes) return undefined;
	const link = (code: string, id?: string): SectionLink => {
		const short = absoluteUrl(shortPath(code, lang), site);
		return { short, full: absoluteUrl(localePath(lang, slug) + (id ? `#${id}` : ''), site), qr: qrBits(short) };
	};
	return { page: link(codes.page), sections: Object.fromEntries(Object.entries(codes.anchors).map(([id, code]) => [id, link(code, id)])) };
}
