// Pagefind returns excerpts of the space-separated index text; this puts Japanese back together
// (the writing guide allows no space next to Japanese) and lets through no markup but <mark>.
import { isJapanese } from './normalize.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Decodes the few entities Pagefind may emit, so the text can be escaped once and only once. */
const decodeEntities = (s: string) =>
	s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt']);

/** Safe HTML: the excerpt's text escaped, its <mark> highlights kept, Japanese spaces removed. */
export function renderExcerpt(excerpt: string): string {
	const parts = excerpt.split(/(<\/?mark>)/);
	const visible = parts.map((p, i) => (i % 2 ? '' : decodeEntities(p)));
	const all = visible.join('');
	let offset = 0;
	const out: string[] = [];
	parts.forEach((part, i) => {
		if (i % 2) {
			out.push(part);
			return;
		}
		const text = visible[i];
		let kept = '';
		for (let k = 0; k < text.length; k++) {
			const ch = text[k];
			if (ch === ' ') {
				const prev = all[offset + k - 1] ?? '';
				const next = all[offset + k + 1] ?? '';
				if (isJapanese(prev) || isJapanese(next)) continue;
			}
			kept += ch;
		}
		offset += text.length;
		out.push(escapeHtml(kept));
	});
	return out.join('');
}

/** Plain text of a section title or excerpt, with Japanese put back together. */
export function joinJapanese(text: string): string {
	return decodeEntities(renderExcerpt(text.replace(/<\/?mark>/g, '')).replace(/<\/?mark>/g, ''));
}
