// A content file cut into its sections, as the history compares them: the summary before the first
// heading (`summary`, with the title and description) and every `##`/`###` section by its `{#id}`.
// A section's fingerprint ignores formatting (line wrapping, emphasis, list markers, table padding),
// so only a change to its text, figures or links gives it a new date.

/** Heading line with an explicit id: `## 概念注入とは {#concept-injection}`. */
const HEADING = /^(#{2,3})\s+(.*?)\s*\{#([a-z0-9-]+)\}\s*$/;

export interface SectionSource {
	/** The section id, or `summary` for the text before the first heading. */
	id: string;
	/** The heading text without Markdown or `{#id}` (the page title for `summary`). */
	title: string;
	/** The section's Markdown source (heading line without `{#id}`); `readableText` turns it into what readers see. */
	markdown: string;
	/** What must change for the section to count as changed. */
	fingerprint: string;
}

const NON_ASCII = '[^\\x00-\\x7f]';

/** Text and link targets, without what only changes how the source looks. */
export function fingerprintOf(markdown: string): string {
	return markdown
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '• ')
		.replace(/\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, '')
		.replace(/:?-{3,}:?/g, '---')
		.replace(/\s+/g, ' ')
		.replace(/\s*\|\s*/g, '|')
		.replace(new RegExp(`(?<=${NON_ASCII}) | (?=${NON_ASCII})`, 'gu'), '')
		.trim();
}

/** What a reader sees of a section's source: for word diffs. */
export function readableText(markdown: string): string {
	return markdown
		.split(/\n\s*\n/)
		.map((para) =>
			fingerprintOf(
				para
					.replace(/^#{1,6}\s+/gm, '')
					.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
					.replace(/<[^>]+>/g, '')
					.replace(/`/g, ''),
			)
				.replace(/\|---(?=\|)/g, '')
				.replace(/\|+/g, ' | ')
				.trim(),
		)
		.filter(Boolean)
		.join('\n');
}

function plainHeading(text: string): string {
	return readableText(text).replace(/\n/g, ' ');
}

/** Frontmatter `title:` and `description:` values (one line each, as the content checks require). */
function frontmatterField(front: string, key: string): string {
	const m = front.match(new RegExp(`^${key}:\\s*(.*)$`, 'm'));
	return m ? m[1].replace(/^(['"])(.*)\1\s*$/, '$2').trim() : '';
}

/** Splits an MDX page into its sections, in page order. */
export function splitSections(source: string): SectionSource[] {
	const text = source.replace(/\r\n?/g, '\n');
	const fm = text.match(/^---\n([\s\S]*?)\n---\n?/);
	const front = fm ? fm[1] : '';
	const body = (fm ? text.slice(fm[0].length) : text).replace(/^import\s.*$/gm, '');
	const title = frontmatterField(front, 'title');
	const description = frontmatterField(front, 'description');
	const parts: { id: string; title: string; lines: string[] }[] = [{ id: 'summary', title, lines: [`# ${title}`, description, ''] }];
	for (const line of body.split('\n')) {
		const h = line.match(HEADING);
		if (h) parts.push({ id: h[3], title: plainHeading(h[2]), lines: [`${h[1]} ${h[2]}`] });
		else parts.at(-1)!.lines.push(line);
	}
	return parts.map((p) => {
		const md = p.lines.join('\n');
		return { id: p.id, title: p.title, markdown: md, fingerprint: fingerprintOf(md) };
	});
}
