// Reads the page's citations (written at build time into `<script type="application/json"
// id="kb-citations">`) and fills in today's access date. For the section panel's "Cite" part.

type Lang = 'ja' | 'en';

export interface Citations {
	sections: Record<string, { apa: string; bibtex: string }>;
	page: { apa: string; bibtex: string };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's today (local calendar day) as YYYY-MM-DD and in words. */
export function accessDates(now: Date, lang: Lang): { iso: string; long: string } {
	const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	const long = lang === 'ja' ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日` : new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
	return { iso, long };
}

/** The citations in the page, or null when it has none (not a topic page). */
export function readCitations(doc: Document = document): Citations | null {
	const el = doc.getElementById('kb-citations');
	if (!el?.textContent) return null;
	return JSON.parse(el.textContent) as Citations;
}

/** APA and BibTeX for a section (`id`) or the page (`null`), with `now` as the access date. */
export function citationsFor(id: string | null, now: Date, lang: Lang, doc: Document = document): { apa: string; bibtex: string } | null {
	const all = readCitations(doc);
	const entry = all && (id === null ? all.page : all.sections[id]);
	if (!entry) return null;
	const { iso, long } = accessDates(now, lang);
	const fill = (s: string) => s.replaceAll('{accessed:iso}', iso).replaceAll('{accessed:long}', long);
	return { apa: fill(entry.apa), bibtex: fill(entry.bibtex) };
}
