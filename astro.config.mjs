// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { locales } from './src/config/locales.ts';
import { topicSlugs, referenceSlugs } from './src/config/topics.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { termLinks } from './src/reading/term-links.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { linkManifest } from './src/integrations/link-manifest.ts';
import { shortLinks } from './src/integrations/short-links.ts';
import { slideKits } from './src/integrations/slide-kits.ts';
import { parallelView } from './src/integrations/parallel-view.ts';
import { previewImages } from './src/integrations/preview-images.ts';
import { kbSitemap } from './src/integrations/sitemap.ts';
import { offline } from './src/integrations/offline.ts';
import { csp } from './src/config/csp.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';

// Deployment target. A project page such as https://user.github.io/kb/ sets SITE and BASE_PATH.
const site = process.env.SITE ?? 'https://llm-psychology-kb.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A second build (the sub-path test) writes elsewhere, so it never clobbers dist/.
	outDir: process.env.KB_OUT_DIR ?? 'dist',
	// Content Security Policy as a <meta> on every page (src/config/csp.ts).
	security: { csp },
	markdown: {
		processor: satteri({
			// `## Heading {#stable-id}`: explicit ids that stay the same in both languages.
			features: { headingAttributes: true },
			// Term links carry the base themselves, so their order does not matter.
			hastPlugins: [baseLinks(base), termLinks(base)],
		}),
	},
	integrations: [
		contentChecks(),
		linkManifest(),
		shortLinks(),
		slideKits(),
		parallelView(),
		previewImages(),
		kbSitemap(),
		starlight({
			title: { ja: 'LLMの心理と安全性 知識ベース', en: 'LLM Psychology & Safety Knowledge Base' },
			defaultLocale: 'root',
			locales,
			// Search is ours: kuromoji-tokenized Pagefind index built by src/search/.
			pagefind: false,
			lastUpdated: false,
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
			routeMiddleware: ['./src/offline/head.ts', './src/reading/parallel-route.ts'],
			sidebar: [
				{ label: 'トピック', translations: { en: 'Topics' }, items: [...topicSlugs] },
				{ label: '資料', translations: { en: 'Reference' }, items: [...referenceSlugs] },
			],
		}),
		searchIndex(),
		// After every integration that writes pages: hashes their inline code into the policy.
		cspHashes(),
		// Last: its service worker caches every file, as the integrations above left it.
		offline(),
	],
});
