// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { locales } from './src/config/locales.ts';
import { topicSlugs, referenceSlugs } from './src/config/topics.ts';
import { baseLinks } from './src/markdown/base-links.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { csp } from './src/config/csp.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';

// Deployment target. A project page such as https://user.github.io/kb/ sets SITE and BASE_PATH.
const site = process.env.SITE ?? 'https://llm-psychology-kb.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Content Security Policy as a <meta> on every page (src/config/csp.ts).
	security: { csp },
	markdown: {
		processor: satteri({
			// `## Heading {#stable-id}`: explicit ids that stay the same in both languages.
			features: { headingAttributes: true },
			hastPlugins: [baseLinks(base)],
		}),
	},
	integrations: [
		contentChecks(),
		starlight({
			title: { ja: 'LLMの心理と安全性 知識ベース', en: 'LLM Psychology & Safety Knowledge Base' },
			defaultLocale: 'root',
			locales,
			// Search is ours: kuromoji-tokenized Pagefind index built by src/search/.
			pagefind: false,
			components: {
				Search: './src/components/SearchBox.astro',
			},
			lastUpdated: false,
			sidebar: [
				{ label: 'トピック', translations: { en: 'Topics' }, items: [...topicSlugs] },
				{ label: '資料', translations: { en: 'Reference' }, items: [...referenceSlugs] },
			],
		}),
		searchIndex(),
		cspHashes(),
	],
});
