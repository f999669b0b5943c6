// The offline policy's one number. A site whose every language, with its search index, compresses
// to at most this many bytes is saved whole (both languages) on a reader's first visit, as the
// 7-topic site always was. Above it, a first visit saves the shell, the pages the reader opens and
// what search needs in the reader's language; the offline page offers "save everything" per
// language. 2 MB keeps a first visit under the 1.5 MB-per-visit goal plus a margin for growth:
// today's site is about 0.5 MB per language.
export const FULL_SITE_LIMIT_BYTES = 2_000_000;

/** Where the build writes the worker's lists and short-link shards (a folder per version). */
export const OFFLINE_DIR = 'kb-offline';

/** Short links per shard: a lookup offline reads one shard, never the whole map. */
export const LINKS_PER_SHARD = 400;
