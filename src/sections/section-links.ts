// Build time: each section's short link and full link for a topic page in one language, from the
// link manifest (the same codes the slide kits show). The page carries them packed (every topic page
// of the offline copy does): the two URL prefixes once, and per section its code;
// src/sections/section-tools-client.ts unpacks them with sectionLink() (section-link-data.ts) and
// computes a section's QR code when its panel opens (qr-bits.ts).
import { localePath, type Lang } from '../config/locales.ts';
import { absoluteUrl } from '../links/absolute.ts';
import { buildLinkTable } from '../links/build-data.ts';
import { shortPath } from '../links/short-links.ts';
import { sectionLink, type PageLinks } from './section-link-data.ts';

export function pageLinks(slug: string, lang: Lang, site: URL | undefined): PageLinks | undefined {
	const codes = buildLinkTable().codes.get(localePath('ja', slug));
	if (!codes) return undefined;
	const links: PageLinks = { short: absoluteUrl(localePath(lang, 's'), site), full: absoluteUrl(localePath(lang, slug), site), sections: {} };
	for (const [id, code] of Object.entries(codes.anchors)) {
		const url = absoluteUrl(shortPath(code, lang), site);
		links.sections[id] = code;
		const unpacked = sectionLink(links, id)!;
		// The page keeps prefixes only; a URL that does not rebuild from them would be a wrong link.
		if (unpacked.short !== url || unpacked.full !== absoluteUrl(`${localePath(lang, slug)}#${id}`, site)) throw new Error(`section links of ${localePath(lang, slug)}#${id}: ${unpacked.short} / ${unpacked.full} do not rebuild the short link ${url}`);
	}
	return links;
}

/** The short link of the page itself (printed on its first page). */
export function pageShortLink(slug: string, lang: Lang, site: URL | undefined): string | undefined {
	const codes = buildLinkTable().codes.get(localePath('ja', slug));
	return codes && absoluteUrl(shortPath(codes.page, lang), site);
}
