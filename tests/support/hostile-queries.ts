// Queries a careless or hostile reader could send: markup, query syntax, unusual Unicode (lone
// surrogates, controls, direction overrides, combining marks), punctuation only, very long text,
// and random mixtures of all of them. Seeded, so a failure can be replayed.
// Each query is a list of UTF-16 code units: lone surrogates survive the trip into the page only
// that way (a JSON string would have them replaced).

const crafted: string[] = [
	'<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '<iframe src="javascript:alert(1)">',
	'javascript:alert(1)', '<mark>x</mark>', '</mark><b>bold</b>', '&lt;script&gt;', '&#x3C;img&#x3E;', '${alert(1)}', '{{7*7}}',
	'__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
	'"', '""', '"""', '"unclosed phrase', '" "', '-', '--', '-not', 'a -b', 'filter:lang', '*', '**', '.*', '(?:)', '[', ']', '\\', '\\u0000',
	'%', '%00', '%ED%A0%80', '../../etc/passwd', "'; DROP TABLE pages; --", 'OR 1=1',
	'!', '?', '...', '!!!???', '。', '、、、', '「」', '（）', '・・・', '〜', '！？', '　', '   ', '\t\n\r', '',
	'\u0000', '\u0000\u0001\u0002', '\u007f\u0085\u009f', '\u200b', '\u200b\u200c\u200d', '\u202e\u202dabc', '\u2066\u2069', '\ufeff', '\ufffe\uffff', '\ufffd',
	'e' + '\u0301'.repeat(200), 'ｶﾞｲﾈﾝﾁｭｳﾆｭｳ', 'ＬＬＭ　ＡＩ', '𠮷野家', '👩‍👩‍👧‍👦', '🏳️‍🌈', '☃︎☃️', 'ﷺ', 'ﷻ'.repeat(30), 'Ⅻ', 'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
	'\ud800', '\udc00', 'a\ud800b', '\udc00\ud800', '内\ud83d省', '\ud83d'.repeat(50),
	'概念注入'.repeat(2500), 'a'.repeat(10000), 'introspection '.repeat(700), 'あ'.repeat(5000), '"'.repeat(1000), '<'.repeat(1000), '-'.repeat(1000),
	'大規模言語モデル 自己選好 機能的感情 内省 アライメント ガバナンス 人格 '.repeat(20),
	'The quick brown fox '.repeat(100),
];

const pools = [
	[0x20, 0x7e], // ASCII
	[0x3041, 0x30ff], // kana
	[0x4e00, 0x9fff], // kanji
	[0x3000, 0x303f], // Japanese punctuation
	[0xff01, 0xff9f], // full-width and half-width forms
	[0x0300, 0x036f], // combining marks
	[0x0000, 0x001f], // controls
	[0x2000, 0x206f], // general punctuation, bidi controls
	[0xd800, 0xdfff], // surrogate halves, alone or in pairs
	[0x0590, 0x06ff], // Hebrew, Arabic
	[0xe000, 0xf8ff], // private use
] as const;

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const units = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

/** The crafted queries, then `count` random ones from a fixed seed. */
export function hostileQueries(count = 250, seed = 6): number[][] {
	const next = random(seed);
	const randomOnes = Array.from({ length: count }, () => {
		const length = 1 + Math.floor(next() ** 3 * 600);
		return Array.from({ length }, () => {
			const [lo, hi] = pools[Math.floor(next() * pools.length)];
			return lo + Math.floor(next() * (hi - lo + 1));
		});
	});
	return [...crafted.map(units), ...randomOnes];
}

/** For messages: the query with unprintable units escaped, cut short. */
export function describeQuery(q: number[]): string {
	const text = q.slice(0, 60).map((u) => (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0xd800 && u <= 0xdfff) ? `\\u${u.toString(16).padStart(4, '0')}` : String.fromCharCode(u))).join('');
	return q.length > 60 ? `${text}… (${q.length} units)` : text;
}
