/**
 * The language code each site language is filed under in the Pagefind index. Japanese pages are
 * indexed already cut into words by our segmenter; a code that does not start with `ja` keeps
 * Pagefind from segmenting them again (Lindera at build time, Intl.Segmenter in the browser,
 * which disagree: Pagefind issue #1237). English keeps `en` and Pagefind's English stemming.
 */
export const INDEX_LANGUAGE = { ja: 'xja', en: 'en' } as const;
