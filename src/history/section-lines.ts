// Puts a small line after each section heading of a rendered topic page: the section's last change
// and, where the other language changed later, a notice. The line is a sibling after Starlight's
// `sl-heading-wrapper`, so the heading, its id and its link button stay exactly as Starlight draws them.

const WRAPPER = /<div class="sl-heading-wrapper level-h[23]"><h[23] id="([^"]+)"/g;

/** `html` with `lineFor(id)` inserted after each h2/h3 wrapper; ids without a line are left alone. */
export function addSectionLines(html: string, lineFor: (id: string) => string | undefined): string {
	let out = '';
	let last = 0;
	for (const m of html.matchAll(WRAPPER)) {
		const line = lineFor(m[1]);
		if (!line) continue;
		// The wrapper holds the heading and its link (no nested div), so its end is the next </div>.
		const end = html.indexOf('</div>', m.index) + '</div>'.length;
		if (end < m.index || end < last) continue;
		out += html.slice(last, end) + line;
		last = end;
	}
	return out + html.slice(last);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LineText {
	/** "Changed: " label, with the language's colon. */
	label: string;
	/** YYYY-MM-DD of the section's last change. */
	date?: string;
	/** The same day in words, in the page's language. */
	longDate?: string;
	/** The notice on a lagging section, and the side-by-side link. */
	notice?: { text: string; link: string; href: string };
}

/** The markup of one section's line; empty when there is nothing true to say. */
export function sectionLine(t: LineText): string {
	const date = t.date && t.longDate ? `<p class="kb-section-date" data-pagefind-ignore>${escapeHtml(t.label)}<time datetime="${t.date}">${escapeHtml(t.longDate)}</time></p>` : '';
	const notice = t.notice ? `<p class="kb-lag-notice" data-pagefind-ignore data-lag-notice>${escapeHtml(t.notice.text)} <a href="${escapeHtml(t.notice.href)}">${escapeHtml(t.notice.link)}</a></p>` : '';
	return date + notice;
}
