// Build time: the glossary as each language's lexicon carries it. A query typed in the other
// language (内省 on the English site) also searches this language's term. While the glossary is
// small its lines ride in the lexicon; as the site grows they would make every first search heavier
// (51 kB gzip of 68 at 700 topics), so past GLOSSARY_INLINE_MAX they go to shards the browser
// fetches by the query's form, and only for a query that can be such a form (lexicon.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GLOSSARY_INLINE_MAX, GLOSSARY_SHARD_LINES, JAPANESE_SCRIPT, glossaryFile, glossaryShard, translatable, type LexiconData } from './lexicon.ts';
import { glossaryForm as form } from './query.ts';

/** A glossary term as the search needs it. */
export interface GlossaryPair {
	ja: string;
	en: string;
	aliases: string[];
	/** Known wrong Japanese forms (glossary `ja_variants`): searched as `ja`. */
	jaVariants?: string[];
	/** Known wrong English forms (glossary `en_variants`): searched as `en`. */
	enVariants?: string[];
}

const isJa = (s: string) => JAPANESE_SCRIPT.test(s);

/** `form<TAB>term` lines for a language's lexicon: the other language's forms → this language's term. */
export function glossaryLines(glossary: GlossaryPair[], lang: 'ja' | 'en'): string[] {
	const lines = new Set<string>();
	for (const t of glossary) {
		const [from, to] = lang === 'en' ? [[t.ja, ...t.aliases.filter(isJa)], t.en] : [[t.en, ...t.aliases.filter((a) => !isJa(a))], t.ja];
		for (const f of from) lines.add(`${form(f)}\t${form(to)}`);
	}
	return [...lines].sort();
}

export interface GlossaryLayout {
	/** Lines the lexicon holds (LexiconData.glossary). */
	inline: string;
	/** Lines per shard file, by shard number; empty when everything is inline. */
	shards: string[];
}

/** Splits a language's lines between its lexicon and its shards. */
export function layOutGlossary(lines: string[], lang: 'ja' | 'en', inlineMax = GLOSSARY_INLINE_MAX, perShard = GLOSSARY_SHARD_LINES): GlossaryLayout {
	if (lines.length <= inlineMax) return { inline: lines.join('\n'), shards: [] };
	const count = Math.ceil(lines.length / perShard);
	const shards: string[][] = Array.from({ length: count }, () => []);
	const inline: string[] = [];
	for (const line of lines) {
		const f = line.slice(0, line.indexOf('\t'));
		// The browser asks for a shard only for a form `translatable` accepts: any other stays here.
		if (translatable(f, lang)) shards[glossaryShard(f, count)].push(line);
		else inline.push(line);
	}
	return { inline: inline.join('\n'), shards: shards.map((s) => s.join('\n')) };
}

/**
 * Writes a language's lexicon (gzip JSON, `file`) and its glossary shards into the index folder.
 * Returns the lexicon's gzip bytes.
 */
export async function writeLexicon(outputPath: string, file: string, lang: 'ja' | 'en', data: Omit<LexiconData, 'glossary' | 'glossaryShards'>, lines: string[], options: { inlineMax?: number; perShard?: number } = {}): Promise<number> {
	const layout = layOutGlossary(lines, lang, options.inlineMax, options.perShard);
	await Promise.all(layout.shards.map((text, i) => writeFile(join(outputPath, glossaryFile(lang, i)), gzipSync(text, { level: 9 }))));
	const gzip = gzipSync(JSON.stringify({ ...data, glossary: layout.inline, ...(layout.shards.length ? { glossaryShards: layout.shards.length } : {}) }), { level: 9 });
	await writeFile(join(outputPath, file), gzip);
	return gzip.length;
}
