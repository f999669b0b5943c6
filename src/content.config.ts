import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { pageFields } from './schemas/page';
import { glossaryTerm } from './schemas/glossary';
import { source } from './schemas/source';
import { loadGlossary, loadSources } from './data/load';

export const collections = {
	// Starlight's docsLoader() only reads src/content/docs; our pages live in content/.
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/*.mdx' }),
		schema: docsSchema({ extend: pageFields }),
	}),
	// Starlight's UI strings: its built-in Japanese and English ones, plus src/content/i18n/<lang>.json
	// for what its Japanese leaves in English (heading.anchorLabel; the English file repeats Starlight's
	// own, since the root locale's strings are every other locale's fallback).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	glossary: defineCollection({ loader: async () => loadGlossary(), schema: glossaryTerm }),
	sources: defineCollection({ loader: async () => loadSources(), schema: source }),
};
