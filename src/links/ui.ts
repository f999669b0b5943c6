// Interface text of the link features, in every language of src/config/locales.ts.
import type { Lang } from '../config/locales.ts';

export const ui: Record<Lang, Record<'colon' | 'slideKit' | 'slideKitLink' | 'slideKitIntro' | 'page' | 'shortLink' | 'fullUrl' | 'downloadQr' | 'backToPage', string>> = {
	ja: {
		colon: '：',
		slideKit: 'スライド用リンク',
		slideKitLink: 'スライド用の短いリンクとQRコード',
		slideKitIntro: '各セクションの短いリンクとQRコードです。スライドや配布資料にそのまま貼り付けられ、ページの編集や移動があってもリンク先は保たれます。',
		page: 'ページ全体',
		shortLink: '短いリンク',
		fullUrl: 'リンク先',
		downloadQr: 'QRコードをSVGで保存',
		backToPage: 'ページに戻る',
	},
	en: {
		colon: ': ',
		slideKit: 'Slide kit',
		slideKitLink: 'Short links and QR codes for slides',
		slideKitIntro: 'A short link and a QR code for each section, ready to paste onto a slide or a handout. They keep working when the page is edited or moved.',
		page: 'Whole page',
		shortLink: 'Short link',
		fullUrl: 'Goes to',
		downloadQr: 'Save the QR code as SVG',
		backToPage: 'Back to the page',
	},
};

/** The slide kit of a topic, without base: `/slides/introspection/`, `/en/slides/introspection/`. */
export const slideKitSlug = (slug: string) => `slides/${slug}`;
