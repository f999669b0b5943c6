// What the history features say, in each language.
import type { Lang } from '../config/locales.ts';

/** `2026-11-30` → `2026年11月30日` / `November 30, 2026` (the day in UTC, as history records it). */
export function longDate(day: string, lang: Lang): string {
	return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export const historyText = {
	ja: {
		pageUpdated: 'このページの最終更新：',
		sectionUpdated: '更新：',
		lagNotice: (date: string) => `このセクションの英語版は${date}に更新されています。`,
		lagLink: '日本語と英語を並べて比べる',
		feedTitle: 'LLMの心理と安全性 知識ベース：更新されたセクション',
		feedLink: '更新フィード（Atom）',
		changesTitle: '変更されたセクション',
		asOf: (date: string) => `${date}時点の内容です。`,
		changesSince: 'この日より後の変更を見る',
	},
	en: {
		pageUpdated: 'Page last changed: ',
		sectionUpdated: 'Changed: ',
		lagNotice: (date: string) => `The Japanese version of this section was updated on ${date}.`,
		lagLink: 'Compare Japanese and English side by side',
		feedTitle: 'LLM Psychology & Safety Knowledge Base: changed sections',
		feedLink: 'Changes feed (Atom)',
		changesTitle: 'Changed sections',
		asOf: (date: string) => `Content as of ${date}.`,
		changesSince: 'See what changed after that day',
	},
} satisfies Record<Lang, Record<string, unknown>>;
