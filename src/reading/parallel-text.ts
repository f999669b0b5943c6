// Interface text of the side-by-side view and of the link to it, per language.
import type { Lang } from '../config/locales.ts';

export const parallelText: Record<Lang, { link: string; title: string; subtitle: string; only: string; contents: string; summary: string }> = {
	ja: { link: '日本語と英語を並べて読む', title: '日英対訳：', subtitle: '', only: '日本語のページ', contents: '目次', summary: '要旨' },
	en: { link: 'Read it side by side with the Japanese', title: 'Side by side: ', subtitle: ': Japanese and English side by side', only: 'English page', contents: 'Contents', summary: 'Summary' },
};

/** The side-by-side page of a topic, without base: `/parallel/introspection/`. */
export const parallelPath = (slug: string) => `/parallel/${slug}/`;

/** Whether a URL path (base included) is a side-by-side page. */
export const isParallelPath = (pathname: string, base: string) => pathname.startsWith(`${base.replace(/\/$/, '')}/parallel/`);
