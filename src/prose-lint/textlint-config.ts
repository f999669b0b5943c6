// The textlint settings for each language. Stock presets, changed only where a rule contradicts
// /work/shared/writing-guide.md (the "why" is next to each change); README "Prose lint" lists them.
// The glossary dictionary is added at lint time (prh-dictionary.ts), so terms live only in YAML.

/** MDX pages are read as Markdown: textlint-plugin-mdx cannot parse our `{#id}` heading ids. */
const plugins = { '@textlint/markdown': { extensions: ['.mdx'] } };

/** Japanese pages: the technical-writing and spacing presets, plus the glossary terms. */
export const japaneseRules = {
	'preset-ja-technical-writing': {
		'no-mix-dearu-desumasu': {
			// The guide writes Japanese in です・ます調 throughout; the preset's default expects list
			// items in である調 (preferInList), which would make every full-sentence list item wrong.
			// The other options repeat the preset's: options given here replace the preset's whole set.
			preferInHeader: '',
			preferInBody: 'ですます',
			preferInList: 'ですます',
			strict: false,
		},
		// The guide requires hedges the source states ("かもしれない", "と思います" when reporting
		// someone's view); this rule asks to remove exactly those words.
		'ja-no-weak-phrase': false,
		'max-kanji-continuous-len': {
			max: 6,
			// Proper names and titles keep their official form (the guide: names as published);
			// other runs of seven or more kanji are rewritten in the text.
			allow: [
				'情報通信研究機構', '産業技術総合研究所', '中国電子技術標準化研究院', '生成式人工智能服務安全基本要求',
				'社会主義核心価値観', '社会的比較理論',
			],
		},
		'no-doubled-joshi': {
			// AもBも ("サーバーもネットワークも要りません") is the ordinary way to say "both … and …",
			// not a doubled particle; a native writer writes it (the guide). Every other doubled
			// particle is rewritten in the text. min_interval repeats the preset's setting.
			min_interval: 1,
			allow: ['も'],
		},
		'no-exclamation-question-mark': {
			// Titles of English works are quoted as published ("To Be or Not to Be Hacked?");
			// a full-width ？ or ！ in our own Japanese sentences is still an error.
			allowHalfWidthQuestion: true,
			allowHalfWidthExclamation: true,
		},
	},
	// Stock: its "never" spacing between Japanese and Latin text is the guide's rule.
	'preset-ja-spacing': true,
};

/** English pages: the Japanese presets do not apply; the glossary terms do. */
export const englishRules = {};

export const textlintrc = (rules: Record<string, unknown>) => ({ plugins, rules });
