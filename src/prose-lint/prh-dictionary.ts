// Turns the glossary's known wrong forms (`ja_variants`, `en_variants`) into a textlint-rule-prh
// dictionary, so a page that writes a variant is told the fixed form. Generated at every run: the
// glossary YAML stays the only place a term is written.
import { dump } from 'js-yaml';

export interface TermVariants { id: string; ja: string; en: string; ja_variants?: string[]; en_variants?: string[] }
export type ProseLang = 'ja' | 'en';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A prh pattern for one variant. English variants match whole words in any case
 * ("Fine tuning" at a sentence start); Japanese ones match as written. */
function pattern(variant: string, lang: ProseLang): string {
	return lang === 'en' ? `/(?<![\\w-])${escape(variant)}(?![\\w-])/i` : `/${escape(variant)}/`;
}

/** The prh rules for one language: one rule per term that lists variants. */
export function prhRules(terms: TermVariants[], lang: ProseLang) {
	return terms
		.filter((t) => (t[`${lang}_variants`] ?? []).length > 0)
		.map((t) => ({
			expected: t[lang],
			patterns: t[`${lang}_variants`]!.map((v) => pattern(v, lang)),
			prh: `glossary term "${t.id}" is written ${t[lang]} (src/data/glossary)`,
		}));
}

/** The dictionary as prh YAML, for the rule's `ruleContents` option. */
export function prhDictionary(terms: TermVariants[], lang: ProseLang): string {
	return dump({ version: 1, rules: prhRules(terms, lang) });
}
