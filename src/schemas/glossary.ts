import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase ASCII words joined by hyphens');

/** One glossary entry: a term fixed in both languages. */
export const glossaryTerm = z.object({
	/** Permanent anchor of the term on the glossary page (`#term-<id>`). */
	id,
	/** The Japanese form every page uses. */
	ja: z.string().min(1),
	/** The English form every page uses. */
	en: z.string().min(1),
	/** Other spellings readers search for (abbreviations, readings). */
	aliases: z.array(z.string()).default([]),
	/** Reading of `ja` in hiragana, only where kuromoji reads it wrongly (term cards show it). */
	reading: z.string().regex(/^[\p{Script=Hiragana}ー]+$/u, 'hiragana only').optional(),
	/** Known wrong Japanese forms (a summary's mistranslation, another katakana spelling): prose lint
	 * fails a Japanese page that writes one outside a quotation and names the `ja` form instead. */
	ja_variants: z.array(z.string().min(1)).default([]),
	/** Known wrong English forms, matched as whole words in any case; prose lint names the `en` form. */
	en_variants: z.array(z.string().min(1)).default([]),
	/** One-sentence definition in Japanese (です・ます調). */
	ja_def: z.string().min(1),
	/** One-sentence definition in English. */
	en_def: z.string().min(1),
	/** Slugs of the topics that use the term. */
	topics: z.array(z.string()).min(1),
	/** The file the term is kept in (core, or the topic it belongs to); set by the loader. */
	group: z.string(),
});

export type GlossaryTerm = z.infer<typeof glossaryTerm>;
