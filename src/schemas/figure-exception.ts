import { z } from 'astro/zod';

/** Figures on a topic page that may stand without a citation in their sentence and without an evidence marker. */
export const figureException = z.object({
	/** Topic slug (both languages). */
	page: z.string().min(1),
	/** Section id (`lead` for the summary before the first heading). */
	section: z.string().min(1),
	/** The figures as the check prints them (`20`, `date:2025-10`, `id:gpt-4o`). */
	figures: z.array(z.string().min(1)).min(1),
	/** Why these figures need neither: e.g. the summary repeats figures the section below cites. */
	reason: z.string().min(10),
});

export type FigureException = z.infer<typeof figureException>;
