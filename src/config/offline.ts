// The offline policy's one number. A site whose whole offline copy (the shell and every language,
// with its search index and short links) compresses to at most this many bytes is saved whole on a
// reader's first visit, as the 7-topic site always was (about 1.06 MB today). Above it, a first
// visit saves the shell, the pages the reader opens and what search needs in the reader's
// language; the offline page offers "save everything" per language. 1.5 MB is the first-visit
// budget: whichever mode a site is in, a first visit stays within it (a per-language threshold of
// 2 MB let a 14-topic site cost 1.6 MB and a 20-topic one about 4 MB).
export const FULL_SITE_LIMIT_BYTES = 1_500_000;

/** Where the build writes the worker's lists and short-link shards (a folder per version). */
export const OFFLINE_DIR = 'kb-offline';

/** Short links per shard: a lookup offline reads one shard, never the whole map. */
export const LINKS_PER_SHARD = 400;
