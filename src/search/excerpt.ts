// Pagefind returns excerpts of the space-separated index text; this puts Japanese back together
// (the writing guide allows no space next to Japanese) and lets through no markup but <mark>.

import { FIGURE_WORD } from './figures.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Decodes the few entities Pagefind may emit, so the text can be escaped once and only once. */
const decodeEntities = (s: string) =>
	s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt']);

const JAPANESE = String.raw`[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆ヶ\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65・]`;
/** A space with Japanese on either side, looking through <mark> tags. */
const SPACE_BY_JAPANESE = new RegExp(String.raw`(?<=${JAPANESE}(?:</?mark>)*) | (?=(?:</?mark>)*${JAPANESE})`, 'gu');

const JAPANESE_BLOCK_END = new RegExp(String.raw`(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々](?:</mark>)?)\.(?=\s|$)`, 'gu');

/** Safe HTML: the excerpt's text escaped, its <mark> highlights kept, Japanese spaces removed. */
export function renderExcerpt(excerpt: string): string {
	return excerpt
		.replace(FIGURE_WORD, '')
		// The "." Pagefind puts after a Japanese block reads as a Japanese full stop.
		.replace(JAPANESE_BLOCK_END, '。')
		.replace(SPACE_BY_JAPANESE, '')
		// The index spaces a dash between two words (index-builder.ts splitDashes); the reader sees it as written.
		.replace(/(?<=[\p{L}\p{N}>])([–—]) (?=[\p{L}\p{N}<])/gu, '$1')
		.split(/(<\/?mark>)/)
		.map((part, i) => (i % 2 ? part : escapeHtml(decodeEntities(part))))
		.join('');
}

/** Plain text of a section title or excerpt, with Japanese put back together. */
export function joinJapanese(text: string): string {
	return decodeEntities(renderExcerpt(text.replace(/<\/?mark>/g, '')).replace(/<\/?mark>/g, ''));
}
