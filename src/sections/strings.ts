// Interface text of the section tools (the panel at each heading), the printed link and the
// placeholder-address notice, in every language of src/config/locales.ts.
import type { Lang } from '../config/locales.ts';

export interface SectionStrings {
	/** The heading button's accessible name; `{title}` is the heading. */
	button: string;
	/** The panel's title; `{title}` is the heading. */
	title: string;
	shortLink: string;
	copy: string;
	copied: string;
	fullLink: string;
	qrLabel: string;
	downloadSvg: string;
	downloadPng: string;
	parallel: string;
	otherLang: string;
	share: string;
	close: string;
	colon: string;
	/** Printed on the first page: where the page lives. */
	printLead: string;
	/** Every place that shows an address from a build without SITE. */
	placeholder: string;
	/** The slide kit: copy a card as a Markdown link. */
	copyMarkdown: string;
	contents: string;
	filter: string;
	/** The parallel page's contents list. */
	parallelContents: string;
	/** The panel's citation part (APA and BibTeX). */
	cite: string;
}

export const sectionStrings: Record<Lang, SectionStrings> = {
	ja: {
		button: '「{title}」の短いリンクとQRコード',
		title: '「{title}」へのリンク',
		shortLink: '短いリンク',
		copy: 'コピー',
		copied: 'コピーしました',
		fullLink: 'リンク先',
		qrLabel: '短いリンクのQRコード',
		downloadSvg: 'QRコードをSVGで保存',
		downloadPng: 'PNGで保存（1024 px）',
		parallel: 'このセクションを日英対訳で読む',
		otherLang: 'このセクションを英語で読む',
		share: '共有',
		close: '閉じる',
		colon: '：',
		printLead: 'このページのオンライン版',
		placeholder: 'このビルドのアドレスは仮のもの（llm-psychology-kb.example.org）で、短いリンクとQRコードはどこにも届きません。公開するアドレスを環境変数 SITE に設定してビルドし直してください。',
		copyMarkdown: 'Markdownでコピー',
		contents: 'セクション一覧',
		filter: 'セクションを絞り込む',
		parallelContents: '目次',
		cite: 'このセクションを引用する',
	},
	en: {
		button: 'Short link and QR code: {title}',
		title: 'Link to “{title}”',
		shortLink: 'Short link',
		copy: 'Copy',
		copied: 'Copied',
		fullLink: 'Goes to',
		qrLabel: 'QR code of the short link',
		downloadSvg: 'Save the QR code as SVG',
		downloadPng: 'Save as PNG (1024 px)',
		parallel: 'Read this section side by side',
		otherLang: 'Read this section in Japanese',
		share: 'Share',
		close: 'Close',
		colon: ': ',
		printLead: 'This page online',
		placeholder: 'This build uses a placeholder address (llm-psychology-kb.example.org): its short links and QR codes lead nowhere. Rebuild with the environment variable SITE set to the real address.',
		copyMarkdown: 'Copy as Markdown',
		contents: 'Sections',
		filter: 'Filter sections',
		parallelContents: 'Contents',
		cite: 'Cite this section',
	},
};

/** A short link as shown: without the scheme (`kb.example.com/s/k7x/`). */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, '');
