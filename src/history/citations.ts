// APA and BibTeX citations of a page or section, made at build time with citation-js (nothing of it
// reaches the browser). The access date is left as a placeholder the page fills in with the reader's
// today (src/history/cite-client.ts): `{accessed:iso}` (YYYY-MM-DD) or `{accessed:long}`.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

// Japanese titles stay as written (UTF-8 BibTeX, as biber and Zotero read it), and the key is ours.
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

export const ACCESSED_ISO = '{accessed:iso}';
export const ACCESSED_LONG = '{accessed:long}';

export interface CitationInput {
	/** Key for BibTeX: `kb-introspection-concept-injection`. */
	key: string;
	/** The section's heading (or the page title). */
	title: string;
	/** The site, as author and publisher (the knowledge base has no personal authors). */
	site: string;
	/** Last content change, YYYY-MM-DD; undefined when history is unknown (then "n.d."). */
	date?: string;
	/** The permanent short link. */
	url: string;
	/** BCP 47 language of the cited text. */
	language: string;
}

export interface Citation {
	apa: string;
	bibtex: string;
}

// A date no real access has, so the formatted output can be searched for it and replaced.
const SENTINEL: [number, number, number] = [1901, 2, 3];
const SENTINEL_ISO = '1901-02-03';
const SENTINEL_LONG = 'February 3, 1901';

const parts = (day: string) => day.split('-').map(Number);

export function citation(input: CitationInput): Citation {
	const item = {
		id: input.key,
		'citation-key': input.key,
		type: 'webpage',
		title: input.title,
		author: [{ literal: input.site }],
		publisher: input.site,
		...(input.date ? { issued: { 'date-parts': [parts(input.date)] } } : {}),
		accessed: { 'date-parts': [SENTINEL] },
		URL: input.url,
		language: input.language,
	};
	// APA 7 leaves the site name out when it is also the author.
	const { publisher: _publisher, ...apaItem } = item;
	// APA 7 gives a retrieval date for pages that change over time: "Retrieved <date>, from <URL>".
	// The stock APA style leaves it out when the page has a date, so it is added around the URL.
	const apaRaw = String(new Cite(apaItem).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim();
	const apa = apaRaw.includes(SENTINEL_LONG)
		? apaRaw.replace(SENTINEL_LONG, ACCESSED_LONG)
		: apaRaw.endsWith(input.url)
			? `${apaRaw.slice(0, -input.url.length)}Retrieved ${ACCESSED_LONG}, from ${input.url}`
			: `${apaRaw} Retrieved ${ACCESSED_LONG}, from ${input.url}`;
	const bibtex = String(new Cite(item).format('bibtex', { format: 'text' }))
		.trim()
		.replaceAll(SENTINEL_ISO, ACCESSED_ISO)
		// citation-js writes `month = {nov 30}`; BibTeX styles expect a month alone.
		.replace(/month = \{([a-z]{3}) \d+\}/, 'month = $1')
		// Unicode is kept as written, but a bare & is LaTeX's alignment character.
		.replace(/(?<!\\)&/g, '\\&');
	if (apa.includes('1901') || bibtex.includes('1901')) throw new Error(`citation of "${input.title}": the access date placeholder was not found in citation-js's output`);
	return { apa, bibtex };
}
