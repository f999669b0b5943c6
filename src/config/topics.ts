/**
 * The permanent page slugs, in reading order. Speakers link to these URLs from slides, so a slug is
 * never renamed: a move needs an entry in the link manifest instead.
 */
export const topicSlugs = [
	'self-preference',
	'personality-engineering',
	'introspection',
	'functional-emotions',
	'alignment-risks',
	'governance',
	'ai-futures',
] as const;

/** Reference pages that gather what the topics share. */
export const referenceSlugs = ['glossary', 'sources', 'offline'] as const;

export type TopicSlug = (typeof topicSlugs)[number];
