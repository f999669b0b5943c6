import { z } from 'astro/zod';

/** One source discussion (a chat, talk, video or news article) that evidence markers can name. */
export const discussion = z.object({
	/** The id a marker names: `<Claim source="talk">`; also `#discussion-<id>` on the sources page. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** Number of the discussion's file among the sources (000–004). */
	file: z.string().regex(/^\d{3}$/),
	/** How a Japanese sentence names it (「…だけが根拠です」). */
	ja: z.string().min(1),
	/** How an English sentence names it ("rests only on …"). */
	en: z.string().min(1),
});

export type Discussion = z.infer<typeof discussion>;
