import { z } from 'astro/zod';

/** Fields our pages add to Starlight's frontmatter schema. */
export const pageFields = z.object({
	/** Ids (from src/data/sources.yaml) of the primary sources the page cites. */
	sources: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});
