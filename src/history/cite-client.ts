// Reads the page's citations (written at build time into `<script type="application/json"
// id="kb-citations">`) and fills in today's access date. For the section panel's "Cite" part.

type Lang = 'ja' | 'en';

interface Citation {
	apa: string;
	bibtex: string;
}

/** As src/history/topic-view.ts writes them: a citation's strings, or a template's index and its title, key and URL. */
type Entry = Citation | [template: number, title: string, key: string, url: string];

export interface Citations {
	/** APA and BibTeX with `{t}`, `{k}` and `{u}` open (absent in pages written before templates). */
	templates?: Citation[];
	sections: Record<string, Entry>;
	page: Entry;
}

/** A citation template filled in, in one pass, so a title that happens to contain `{u}` stays as written. */
export const fillTemplate = (template: string, title: string, key: string, url: string) =>
	template.replace(/\{([tku])\}/g, (_, f: string) => (f === 't' ? title : f === 'k' ? key : url));

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
	let strings: Citation;
	if (Array.isArray(entry)) {
		const [index, title, key, url] = entry;
		const template = all.templates![index];
		strings = { apa: fillTemplate(template.apa, title, key, url), bibtex: fillTemplate(template.bibtex, title, key, url) };
	} else strings = entry;
	const { iso, long } = accessDates(now, lang);
	const fill = (s: string) => s.replaceAll('{accessed:iso}', iso).replaceAll('{accessed:long}', long);
	return { apa: fill(strings.apa), bibtex: fill(strings.bibtex) };
}
