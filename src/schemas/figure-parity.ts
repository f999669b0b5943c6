import { z } from 'astro/zod';

/** A figure that one language's section states and the other's does not, on purpose. */
export const figureAllowance = z.object({
	/** Page slug without language prefix (`ai-futures`; `index` for the home page). */
	page: z.string().min(1),
	/** Section id as in `{#id}`; `lead` for the text before the first heading, `frontmatter` for title and description. */
	section: z.string().min(1),
	/** Figures only the Japanese section states, written as the check prints them (`20`, `date:2025-10-29`, `id:gpt-4o`). */
	ja_only: z.array(z.coerce.string()).default([]),
	/** Figures only the English section states, written the same way. */
	en_only: z.array(z.coerce.string()).default([]),
	/** Why the difference is meant (a conversion added for Japanese readers, …). */
	reason: z.string().min(10),
});

export type FigureAllowance = z.infer<typeof figureAllowance>;
