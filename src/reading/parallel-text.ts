// Interface text of the side-by-side view and of the link to it, per language.
import type { Lang } from '../config/locales.ts';

export const parallelText: Record<Lang, { link: string; title: string; subtitle: string; only: string }> = {
	ja: { link: '日本語と英語を並べて読む', title: '日英対訳：', subtitle: '', only: '日本語のページ' },
	en: { link: 'Read it side by side with the Japanese', title: 'Side by side: ', subtitle: ': Japanese and English side by side', only: 'English page' },
};

/** The side-by-side page of a topic, without base: `/parallel/introspection/`. */
export const parallelPath = (slug: string) => `/parallel/${slug}/`;

/** Whether a URL path (base included) is a side-by-side page. */
export const isParallelPath = (pathname: string, base: string) => pathname.startsWith(`${base.replace(/\/$/, '')}/parallel/`);
