// The words of `/translation-status/`, in each language.
import type { Lang } from '../config/locales.ts';

export const statusText = {
	ja: {
		title: '翻訳の状況',
		intro: '一方の言語だけが後から変更されたセクションの一覧です。両言語の最終更新日と、その間のコミットを示します。',
		unknown: 'このサイトは変更履歴なしでビルドされたため、翻訳の状況はわかりません。',
		none: 'すべてのセクションが両言語で最新です。',
		count: (n: number) => `翻訳が遅れているセクション：${n}件`,
		section: 'セクション（並べて表示）',
		commits: '遅れている間のコミット',
		never: '履歴なし',
		behind: '（遅れ）',
	},
	en: {
		title: 'Translation status',
		intro: 'Sections whose one language changed after the other: both languages’ last change and the commits in between.',
		unknown: 'This site was built without its history, so the translation status is unknown.',
		none: 'Every section is up to date in both languages.',
		count: (n: number) => `${n} section${n === 1 ? '' : 's'} lag in translation`,
		section: 'Section (side by side)',
		commits: 'Commits not yet followed',
		never: 'no history',
		behind: '(behind)',
	},
} satisfies Record<Lang, Record<string, unknown>>;
