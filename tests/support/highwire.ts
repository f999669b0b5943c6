// The part of Zotero's "Embedded Metadata" translator that reads Highwire Press `citation_*` tags
// (the tags Google Scholar documents), enough to see what a reference manager would save.

export interface ZoteroItem {
	itemType: 'journalArticle' | 'webpage';
	title?: string;
	creators: { lastName: string; fieldMode: 0 | 1; firstName?: string }[];
	date?: string;
	url?: string;
	language?: string;
	publisher?: string;
}

/** `name` → contents of every `<meta name="citation_…">` in the page, in order. */
export function highwireTags(html: string): Map<string, string[]> {
	const tags = new Map<string, string[]>();
	for (const [meta] of html.matchAll(/<meta\b[^>]*>/gi)) {
		const name = meta.match(/\bname="(citation_[a-z_]+)"/i)?.[1].toLowerCase();
		const content = meta.match(/\bcontent="([^"]*)"/i)?.[1];
		if (!name || content === undefined) continue;
		const value = content.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		tags.set(name, [...(tags.get(name) ?? []), value]);
	}
	return tags;
}

/** Zotero's mapping: title, authors (a name without a comma or space split is one field), date, URL. */
export function zoteroItem(html: string): ZoteroItem {
	const t = highwireTags(html);
	const first = (...names: string[]) => names.map((n) => t.get(n)?.[0]).find((v) => v !== undefined);
	const date = first('citation_publication_date', 'citation_date', 'citation_online_date');
	return {
		itemType: t.has('citation_journal_title') ? 'journalArticle' : 'webpage',
		title: first('citation_title'),
		// Zotero keeps a name it cannot split as "Last, First" in one field (an organisation).
		creators: (t.get('citation_author') ?? []).map((a) => (a.includes(',') ? { lastName: a.split(',')[0].trim(), firstName: a.split(',')[1].trim(), fieldMode: 0 as const } : { lastName: a, fieldMode: 1 as const })),
		// Zotero turns 2026/11/30 into an ISO date.
		date: date?.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (_m, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`),
		url: first('citation_public_url', 'citation_fulltext_html_url', 'citation_abstract_html_url'),
		language: first('citation_language'),
		publisher: first('citation_publisher'),
	};
}
