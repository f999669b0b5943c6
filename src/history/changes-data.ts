// What `/changes/` needs in the browser: every topic section's versions in one language (date,
// summary, readable text), so any `?since=` day can be answered without a server.

/** One version of a section: the text after a change. */
export interface VersionData {
	/** YYYY-MM-DD */
	date: string;
	summary: string;
	text: string;
}

export interface SectionData {
	id: string;
	title: string;
	/** The section's URL (base included, `#id`). */
	href: string;
	/** Oldest first. */
	versions: VersionData[];
}

export interface TopicData {
	slug: string;
	title: string;
	sections: SectionData[];
}

export interface ChangesData {
	lang: 'ja' | 'en';
	/** False when the site was built without history: the page says so instead of listing nothing. */
	known: boolean;
	topics: TopicData[];
}

/** Sections changed after `since` (YYYY-MM-DD), with the text they had then ('' if they are newer). */
export function changedSince(data: ChangesData, since: string, topic?: string) {
	return data.topics
		.filter((t) => !topic || t.slug === topic)
		.flatMap((t) =>
			t.sections.flatMap((s) => {
				const after = s.versions.filter((v) => v.date > since);
				if (!after.length) return [];
				const before = s.versions.filter((v) => v.date <= since).at(-1);
				return [{ topic: t, section: s, before: before?.text ?? '', now: s.versions.at(-1)!.text, changes: after }];
			}),
		);
}
