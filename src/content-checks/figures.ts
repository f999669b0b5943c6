// The figures a passage states, normalised so the Japanese and English wording of the same figure
// compare equal: 41,000 = 4万1000 = 4.1万, "eighteen" = 18, 2025年10月29日 = October 29, 2025 =
// 2025-10-29, GPT-4o = gpt-4o. Used by the figures parity check (figure-parity.ts).

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const KANJI_DIGITS = '〇一二三四五六七八九';

/** "one" and "zero" are left out: as words they mostly mean "a" or "none", not a figure. */
const WORD_NUMBER = new RegExp(
	`\\b(?:(${TENS.filter(Boolean).join('|')})(?:-(${UNITS.slice(1, 10).join('|')}))?|(${UNITS.slice(2).join('|')}))(?:\\s+(${Object.keys(SCALES).join('|')}))?\\b`,
	'gi',
);

/** A plain figure as one canonical string: no thousands separators, no trailing zeros. */
export const canonicalNumber = (n: number) => String(Number(n.toPrecision(12)));

function kanjiNumber(s: string): number {
	// 十, 二十, 二十一, 十五: the forms used with counters (三つ, 十五人).
	const [tens, units] = s.includes('十') ? s.split('十') : ['', s];
	const digit = (c: string) => KANJI_DIGITS.indexOf(c);
	return (s.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (units ? digit(units) : 0);
}

/** Text a reader sees: no link targets, URLs, heading ids, tags, imports or list numbers. */
export function visibleText(markdown: string): string {
	return markdown
		.split('\n')
		.filter((l) => !/^\s*(import|export)\s/.test(l))
		.map((l) => l.replace(/^(\s*)\d+[.)]\s+/, '$1'))
		.join('\n')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<https?:[^>]*>/g, '')
		.replace(/https?:\/\/[^\s)\]」』>]+/g, '')
		.replace(/\\?\{#[^}]*\}/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

/** Every figure in the text, normalised; dates as `date:YYYY-MM-DD` (or YYYY-MM, --MM-DD),
 * identifiers as `id:…` in lower case, plain numbers as their value. */
export function figuresIn(markdown: string): Set<string> {
	const found = new Set<string>();
	let text = visibleText(markdown);
	/** Replaces each match by a space and records its figure; `null` leaves the text for later rules. */
	const take = (re: RegExp, toFigure: (...m: string[]) => string | undefined | null) => {
		text = text.replace(re, (...m) => {
			const f = toFigure(...(m as string[]));
			if (f === null) return m[0] as string;
			if (f !== undefined) found.add(f);
			return ' ';
		});
	};
	// Dates, longest forms first.
	take(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y, mo, d) => `date:${y}-${pad(mo)}-${pad(d)}`);
	take(/(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, (_, y, mo, d) => `date:${y}-${mo}-${d}`);
	take(new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'), (_, mo, d, y) => `date:${y}-${pad(monthNumber(mo))}-${pad(d)}`);
	take(new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), (_, d, mo, y) => `date:${y}-${pad(monthNumber(mo))}-${pad(d)}`);
	take(/(\d{4})年(\d{1,2})月/g, (_, y, mo) => `date:${y}-${pad(mo)}`);
	take(new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), (_, mo, y) => `date:${y}-${pad(monthNumber(mo))}`);
	take(/(?<!\d)(\d{1,2})月(\d{1,2})日/g, (_, mo, d) => `date:--${pad(mo)}-${pad(d)}`);
	take(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, 'gi'), (_, mo, d) => `date:--${pad(monthNumber(mo))}-${pad(d)}`);
	// Identifiers: Latin tokens that join letters and digits (GPT-4o, arXiv:2304.03442, 3F4-OS-42a-01).
	// A lower-case word joined to a number ("72-experiment", "post-2020") is a number, not an id.
	take(/(?<![\w.:-])[A-Za-z0-9]+(?:[-:./][A-Za-z0-9]+)+(?![\w-])|(?<![\w-])(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z0-9]*(?![\w-])/g, (m) => {
		const parts = m.split(/[-:./]/);
		const mixed = parts.some((p) => /\d/.test(p) && /[A-Za-z]/.test(p));
		const named = parts.some((p) => /[A-Z]/.test(p) && /^[A-Za-z]+$/.test(p)) && parts.some((p) => /^\d/.test(p));
		// A number with a unit or suffix is the number: 10Mbps, 35dB, 3D, 20th, 1950s, 10x.
		if (/^\d+(\.\d+)?[A-Za-z]+$/.test(m)) return canonicalNumber(parseFloat(m));
		return mixed || named ? `id:${m.toLowerCase()}` : null;
	});
	// Japanese large-number units: 4万1000 = 41000, 4.1万 = 41000, 1億 = 100000000.
	take(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万|億)(\d+)?/g, (_, n, unit, rest) => canonicalNumber(Number(n.replace(/,/g, '')) * (unit === '万' ? 1e4 : 1e8) + Number(rest ?? 0)));
	// Kanji numbers with a counter: 三つ, 十五人.
	take(/([一二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])(?=つ|人|件|種類|項目|か国|カ国)/g, (m) => canonicalNumber(kanjiNumber(m)));
	// English number words: "eighteen", "twenty-one", "three hundred".
	take(WORD_NUMBER, (m, tens, unit, small, scale) => {
		const value = tens ? TENS.indexOf(tens.toLowerCase()) * 10 + (unit ? UNITS.indexOf(unit.toLowerCase()) : 0) : UNITS.indexOf(small.toLowerCase());
		return canonicalNumber(value * (scale ? SCALES[scale.toLowerCase()] : 1));
	});
	take(/\b(\d+(?:\.\d+)?)\s+(hundred|thousand|million|billion)\b/gi, (_, n, scale) => canonicalNumber(Number(n) * SCALES[scale.toLowerCase()]));
	// Plain numbers and percentages: 41,000 and 20 % and 1.7.
	take(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, (m) => canonicalNumber(Number(m.replace(/,/g, ''))));
	// 1 is left out: English writes it as "one" or "a" ("one in five", "a single layer"), which
	// cannot be told from the article; 1.5, 10 and identifiers with a 1 still count.
	found.delete('1');
	return found;
}
