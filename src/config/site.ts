// The deployment address, read once from SITE and BASE_PATH. Without SITE the build still works (a
// preview, the tests) but every absolute link it writes points at a placeholder host: the build
// warns (src/integrations/placeholder-site.ts) and the pages that print addresses say so.

/** The host a build without SITE writes into short links, QR codes and canonical URLs. */
export const PLACEHOLDER_SITE = 'https://llm-psychology-kb.example.org';

export interface Deployment {
	/** The site's origin (and any path before the base), as Astro's `site`. */
	site: string;
	/** The path the site is served under, as Astro's `base`. */
	base: string;
	/** True when SITE was not set and `site` is the placeholder. */
	placeholder: boolean;
}

/** `site` and `base` from the environment (SITE, BASE_PATH). */
export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
	const site = env.SITE?.trim();
	return { site: site || PLACEHOLDER_SITE, base: env.BASE_PATH || '/', placeholder: !site };
}

/** Whether a built page's `site` (Astro.site) is the placeholder. */
export const isPlaceholderSite = (site: URL | string | undefined): boolean => !site || new URL(String(site)).host === new URL(PLACEHOLDER_SITE).host;

/** The build's warning, near its start and in its last lines. */
export const placeholderWarning = [
	`SITE is not set: this build uses the placeholder address ${PLACEHOLDER_SITE}.`,
	'SITE (and BASE_PATH for a sub-path) make the short links, QR codes, canonical URLs, the sitemap, feeds and preview images point at the real site;',
	'with the placeholder they lead nowhere. The slide kits, section panels and printed pages of this build say so.',
	'For a real build: SITE=https://example.com npm run build   (a sub-path: SITE=https://user.github.io BASE_PATH=/kb/ npm run build)',
];
