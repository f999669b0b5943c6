// How an evidence marker is written in MDX: <Claim source="talk">…</Claim>, on one line.
// (The build turns it into a link with its card: src/reading/claim-markers.ts.)

export const CLAIM = /<Claim\b([^>]*)>([\s\S]*?)<\/Claim>/g;
const SOURCE_ATTR = /\bsource=["']([^"']*)["']/;

export interface Claim { source: string; text: string; line: number }

/** The markers in a passage, in order, with the line each starts on. */
export function claimsOf(source: string, firstLine = 1): Claim[] {
	return [...source.matchAll(CLAIM)].map((m) => ({
		source: SOURCE_ATTR.exec(m[1])?.[1] ?? '',
		text: m[2],
		line: firstLine + source.slice(0, m.index).split('\n').length - 1,
	}));
}
