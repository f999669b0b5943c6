// Apart from client.ts so that a page can know its search language without loading the search.
/** The site's language as the search sees it: the root `<html lang>`. */
export const pageLang = (): 'ja' | 'en' => (document.documentElement.lang.startsWith('en') ? 'en' : 'ja');
