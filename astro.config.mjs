// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { locales } from './src/config/locales.ts';
import { topicSlugs, referenceSlugs } from './src/config/topics.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { tableLabels } from './src/markdown/table-labels.ts';
import { termLinks } from './src/reading/term-links.ts';
import { claimMarkers } from './src/reading/claim-markers.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { linkManifest } from './src/integrations/link-manifest.ts';
import { shortLinks } from './src/integrations/short-links.ts';
import { slideKits } from './src/integrations/slide-kits.ts';
import { parallelView } from './src/integrations/parallel-view.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { kbSitemap } from './src/integrations/sitemap.ts';
import { offline } from './src/integrations/offline.ts';
import { lineBreaks } from './src/integrations/line-breaks.ts';
import { sectionHistory } from './src/integrations/section-history.ts';
import { csp } from './src/config/csp.ts';
import { deployment } from './src/config/site.ts';
import { placeholderSite } from './src/integrations/placeholder-site.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { htmlConformance } from './src/integrations/html-conformance.ts';

// Deployment target. A project page such as https://user.github.io/kb/ sets SITE and BASE_PATH;
// without SITE the build uses a placeholder host and says so (src/config/site.ts).
const { site, base } = deployment();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A second build (the sub-path test) writes elsewhere, so it never clobbers dist/.
	outDir: process.env.KB_OUT_DIR ?? 'dist',
	// Content Security Policy as a <meta> on every page (src/config/csp.ts).
	security: { csp },
	markdown: {
		// Off: no page has a fenced code block, and Shiki's inline styles would need 'unsafe-inline'
		// under the policy (Astro warns about exactly that). Starlight's Expressive Code is unaffected.
		syntaxHighlight: false,
		processor: satteri({
			// `## Heading {#stable-id}`: explicit ids that stay the same in both languages.
			features: { headingAttributes: true },
			// Term links and evidence markers carry the base themselves. Markers come before term links,
			// so a term inside a marked claim is not linked (no link inside a link). Table labels come last:
			// they copy the header text onto cells that the steps before may have changed.
			hastPlugins: [baseLinks(base), claimMarkers(base), termLinks(base), tableLabels()],
		}),
	},
	vite: {
		build: {
			// Astro writes a small page script without imports into every page that uses it, and the
			// policy then lists its hash on every page: about 2.5 kB gzip per page (theme, language and
			// menu controls, term cards), 27 times in the offline copy. As files, each is downloaded once.
			// Other assets keep Vite's own rule.
			assetsInlineLimit: (path) => (path.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				// Astro's content-assets plugin starts each MDX page's `?astroPropagatedAssets` module with a
				// "use astro:head-inject" line, and the bundler warns, once per page (22 per build), that it may
				// not keep that directive. Nothing reads it after bundling (head propagation goes by the
				// module's `__astroPropagation` flag), so exactly that message is dropped; every other warning
				// still reaches the log (tests/browser/build-log.test.ts asserts there is none).
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"') && /\.mdx\?/.test(warning.message)) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		contentChecks(),
		linkManifest(),
		shortLinks(),
		slideKits(),
		parallelView(),
		sectionHistory(),
		previewImages(),
		kbSitemap(),
		starlight({
			title: { ja: 'LLMの心理と安全性 知識ベース', en: 'LLM Psychology & Safety Knowledge Base' },
			defaultLocale: 'root',
			locales,
			// Search is ours: kuromoji-tokenized Pagefind index built by src/search/.
			pagefind: false,
			lastUpdated: false,
			// src/pages/404.astro draws the same page without asking content/ for a `404` entry.
			disable404Route: true,
			// Starlight's heading anchor links (and asides) for our content/ folder.
			markdown: { processedDirs: ['./content'] },
			components: {
				Search: './src/components/SearchBox.astro',
				Head: './src/components/Head.astro',
				LanguageSelect: './src/components/LanguageSelect.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
			// Links each page to its language's web manifest (installable site); drops the language
			// alternates of the side-by-side view, which has one URL for both languages.
			// Last, the change feeds and citation tags (after the alternates are filtered). A long topic list
			// in the sidebar becomes a window around the page, so no page grows with the number of topics.
			routeMiddleware: ['./src/offline/head.ts', './src/reading/parallel-route.ts', './src/history/head.ts', './src/reading/sidebar-route.ts'],
			sidebar: [
				{ label: 'トピック', translations: { en: 'Topics' }, items: [...topicSlugs] },
				{ label: '資料', translations: { en: 'Reference' }, items: [...referenceSlugs] },
			],
		}),
		// Before the search index and the CSP hashes: phrase breaks in Japanese titles and navigation.
		lineBreaks(),
		searchIndex(),
		// Markup that the W3C checker rejects in what Starlight writes (html-validate does not see it).
		htmlConformance(),
		// After every integration that writes pages: hashes their inline code into the policy.
		cspHashes(),
		// Last: its service worker caches every file, as the integrations above left it.
		offline(),
		// After the CSP hashes: `_headers` and `_redirects` for Netlify and Cloudflare Pages.
		hostFiles(),
		// Very last: a build without SITE ends with the warning, not after it.
		placeholderSite(),
	],
});
