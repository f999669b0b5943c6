// The search interface's words in each language. Starlight's own UI strings cover the rest.
export const strings = {
	ja: {
		label: 'サイト内検索',
		placeholder: '検索',
		submit: '検索',
		pageTitle: '検索',
		pageDescription: '知識ベースの全文を日本語と英語で検索します。',
		searching: '検索しています…',
		results: (q: string, n: number) => `「${q}」の検索結果：${n}件`,
		/** Kana searched as the words it reads as. */
		resultsRead: (word: string, typed: string, n: number) => `${word}（${typed}）の検索結果：${n}件`,
		none: (q: string) => `「${q}」に一致するページは見つかりませんでした。`,
		/** What was typed found nothing; the site's spelling of it was searched. */
		corrected: (word: string, typed: string, n: number) => `もしかして「${word}」？ 「${word}」の検索結果：${n}件（「${typed}」に一致するページはありません）`,
		/** The link back to the search of exactly what was typed. */
		asTyped: (typed: string) => `「${typed}」のまま検索する`,
		empty: '検索語を入力してください。',
		error: '検索を読み込めませんでした。ページを再読み込みしてください。',
		all: (n: number) => `すべての結果（${n}件）を見る`,
		noscript: '検索には JavaScript が必要です。',
	},
	en: {
		label: 'Search this site',
		placeholder: 'Search',
		submit: 'Search',
		pageTitle: 'Search',
		pageDescription: 'Full-text search of the knowledge base, in English and Japanese.',
		searching: 'Searching…',
		results: (q: string, n: number) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”`,
		resultsRead: (word: string, typed: string, n: number) => `${n} ${n === 1 ? 'result' : 'results'} for “${word}” (${typed})`,
		none: (q: string) => `No page matches “${q}”.`,
		corrected: (word: string, typed: string, n: number) => `Did you mean “${word}”? ${n} ${n === 1 ? 'result' : 'results'} for “${word}” (no page matches “${typed}”).`,
		asTyped: (typed: string) => `Search for “${typed}” as typed`,
		empty: 'Type a word to search for.',
		error: 'Search could not be loaded. Please reload the page.',
		all: (n: number) => `See all ${n} results`,
		noscript: 'Search needs JavaScript.',
	},
} as const;

export type SearchLang = keyof typeof strings;
