import { z } from 'astro/zod';

/** A wrong wording a review found once, kept out for good (beyond the glossary's variants, which quotations may keep). */
export const wrongForm = z.object({
	/** The language of the pages it is checked in. */
	lang: z.enum(['ja', 'en']),
	/** The wrong text, matched literally (English: in any case), quotations included. */
	form: z.string().min(2),
	/** What to write instead. */
	fix: z.string().min(1),
	/** Page slugs it is checked on; every page when left out. */
	pages: z.array(z.string()).optional(),
	/** Why it is wrong, for whoever meets the message. */
	reason: z.string().min(10),
});

export type WrongForm = z.infer<typeof wrongForm>;
