import { z } from 'astro/zod';

/** One primary source, listed once on the sources page. */
export const source = z.object({
	/** Stable id that pages name in their `sources` frontmatter. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** Authors or issuing body, as credited by the source. */
	authors: z.string().min(1),
	/** Title in its original language (with a translation in parentheses where useful). */
	title: z.string().min(1),
	/** True when the work's own title is not known: `title` then describes the work and is not shown as a title. */
	untitled: z.boolean().optional(),
	/** Journal, preprint server, publisher or site. */
	venue: z.string().min(1),
	/** Publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD; left out when the work gives none. */
	date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).optional(),
	/** For an undated work: the day it was read (YYYY-MM-DD), shown instead of a date. */
	accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
	/** Where to read it: the document itself, not its publisher's home page. */
	url: z.string().url(),
	/** A second place to read the same work (a paper beside its announcement post, a translation); pages may link either. */
	also_url: z.string().url().optional(),
	/** Optional remark in Japanese. */
	note_ja: z.string().optional(),
	/** Optional remark in English. */
	note_en: z.string().optional(),
}).refine((s) => Boolean(s.date) !== Boolean(s.accessed), { message: 'give a publication `date`, or for an undated work an `accessed` date, not both' });

export type Source = z.infer<typeof source>;
