// kuromoji decides the vocabulary; the shared segmenter then cuts index text and queries alike.
import { beforeAll, describe, expect, test } from 'vitest';
import { buildVocabulary, decompose, loadTokenizer, type Tokenizer } from '../../src/search/tokenizer.ts';
import { Lexicon } from '../../src/search/lexicon.ts';
import { planQuery, planReading } from '../../src/search/query.ts';
import { splitText, tokensForIndex } from '../../src/search/tokens.ts';

const PAGES = [
	'大規模言語モデル（LLM）は自己選好を示します。概念注入された内容に気づくことがあります。',
	'ガベージコレクションはメモリを回収します。変更はリポジトリに保存されます。',
	'モデルは人間らしく振る舞うのか。人間のように振る舞っています。新千歳空港に着きました。',
	'自己愛バイアスとClaude Opus 4.1の実験について述べます。内省の研究です。',
];
let tokenizer: Tokenizer;
let lexicon: Lexicon;
let englishLexicon: Lexicon;
beforeAll(async () => {
	tokenizer = await loadTokenizer();
	const vocabulary = await buildVocabulary(PAGES);
	// Each site's glossary maps the other language's forms to its own terms.
	lexicon = new Lexicon({ ...vocabulary, glossary: 'introspection\t内省\nself-preference\t自己選好', ref: [], pages: {}, stemmed: '' });
	englishLexicon = new Lexicon({ ...vocabulary, glossary: '内省\tintrospection\n自己選好\tself-preference', ref: [], pages: {}, stemmed: '' });
});

describe.each([
	['ガベージコレクション', ['ガベージ', 'コレクション']],
	['ニューラルネットワークポテンシャル', ['ニューラル', 'ネットワーク', 'ポテンシャル']],
	['プロンプトインジェクション', null],
	['リポジトリ', null],
])('decompose(%j)', (word, expected) => {
	test(expected ? `splits into ${expected.join(' + ')}` : 'keeps it whole', () => expect(decompose(word, tokenizer)).toEqual(expected));
});

describe.each([
	['大規模言語モデル（LLM）は自己選好を示します。', '大 規模 言語 モデル （ LLM ） は 自己 選好 を 示し ます 。'],
	['ガベージコレクションはメモリを回収します。', 'ガベージ コレクション は メモリ を 回収 します 。'],
	['自己愛バイアスとClaude Opus 4.1の実験', '自己 愛 バイアス と Claude Opus 4.1 kbn4d1 の 実験'],
])('index text of %j', (text, expected) => {
	test(`is "${expected}"`, () => expect(tokensForIndex(text, lexicon)).toBe(expected));
});

test('function words and inflections come from kuromoji', () => {
	for (const w of ['は', 'を', 'の', 'か', 'ます', 'なぜ']) expect(lexicon.isFunctionWord(w), w).toBe(true);
	for (const w of ['モデル', '概念', '注入', 'リポジトリ']) expect(lexicon.isFunctionWord(w), w).toBe(false);
	expect(new Set(lexicon.inflectionsOf('振る舞う'))).toEqual(new Set(['振る舞う', '振る舞っ']));
});

const plan = (q: string, lang: 'ja' | 'en' = 'ja') => planQuery(q, lang, lang === 'ja' ? lexicon : englishLexicon).plans.map((p) => p.clauses.map((c) => (c.absent ? `ABSENT:${c.words.join(' ')}` : c.anyOf.join('|'))));

describe.each([
	['大規模言語モデル', [['"大 規模 言語 モデル"']]],
	['言語モデル', [['"言語 モデル"']]],
	['ガベージコレクション', [['"ガベージ コレクション"']]],
	['ｶﾞﾍﾞｰｼﾞｺﾚｸｼｮﾝ', [['"ガベージ コレクション"']]],
	['リポジトリ', [['リポジトリ']]],
	['新千歳空港', [['"新 千歳空港"']]],
	['新幹線', [['ABSENT:新 幹線']]],
	['注入された', [['注入']]],
	['モデルはなぜ人間らしく振る舞うのか', [['モデル', '"人間らしく 振る舞う"']]],
	['振る舞った', [['振る舞う|振る舞っ']]],
	['Claude Opus', [['"Claude Opus"']]],
	['ＬＬＭ', [['LLM']]],
	['４１，０００', [['kbn41000']]],
	['Claude Opus 4.1', [['"Claude Opus 4.1 kbn4d1"']]],
	['"概念注入"', [['"概念 注入"']]],
	['「概念注入」', [['"概念 注入"']]],
	['自己選好 バイアス', [['"自己 選好"', 'バイアス']]],
	['introspection', [['introspection'], ['内省']]],
	['。、！？', []],
])('planQuery(%j) on the Japanese site', (q, expected) => {
	test(`searches ${JSON.stringify(expected)}`, () => expect(plan(q)).toEqual(expected));
});

describe.each([
	['concept injection', [['"concept injection"']]],
	['steering', [['steering']]],
	['why do LLMs act like people', [['LLMs', 'act', 'people']]],
	['内省', [['内省'], ['introspection']]],
	['"emotion vector"', [['"emotion vector"']]],
	['2509.26464', [['kbn2509d26464']]],
	['Sonnet 4.5', [['"Sonnet 4.5 kbn4d5"']]],
])('planQuery(%j) on the English site', (q, expected) => {
	test(`searches ${JSON.stringify(expected)}`, () => expect(plan(q, 'en')).toEqual(expected));
});

test('a question is marked so pages matching most of it still rank', () => {
	expect(planQuery('モデルはなぜ振る舞うのか', 'ja', lexicon).plans[0].question).toBe(true);
	expect(planQuery('大規模言語モデル', 'ja', lexicon).plans[0].question).toBe(false);
});

test('the query segmenter cuts a page phrase as the index did', () => {
	const indexed = tokensForIndex('概念注入された内容', lexicon).split(' ');
	const queried = splitText('概念注入', lexicon).map((t) => t.text);
	expect(indexed.slice(0, queried.length)).toEqual(queried);
});

describe.each([
	['がいねんちゅうにゅう', '概念注入'],
	['ガイネンチュウニュウ', '概念注入'],
	['概念ちゅうにゅう', '概念注入'],
	['じこせんこう', '自己選好'],
	['じこせんこうとは', '自己選好とは'],
	['ないせい', '内省'],
])('the kana query %j', (q, expected) => {
	test(`reads as ${expected}`, () => expect(planReading(q, lexicon)?.text).toBe(expected));
});

describe.each(['概念注入', 'バイアス', 'introspection', 'ぶろっくちぇーん'])('the query %j', (q) => {
	test('has no reading to search', () => expect(planReading(q, lexicon)).toBeUndefined());
});

test('a kana query is searched as the phrase of the words it reads as', () => {
	expect(planReading('がいねんちゅうにゅう', lexicon)!.plans[0].clauses.map((c) => c.anyOf)).toEqual([['"概念 注入"']]);
});

describe.each([
	['ないせい', true],
	['がいねんちゅうにゅう', true],
	['バイアス', false],
	['概念ちゅうにゅう', false],
])('the literal plan of %j', (q, scraps) => {
	test(scraps ? 'is scraps, so its reading is tried first' : 'is tried first', () => expect(planQuery(q, 'ja', lexicon).scraps).toBe(scraps));
});

test('readings are only of words the site writes with kanji', () => {
	expect(lexicon.readings.get('ガイネン')).toBe('概念');
	expect(lexicon.readings.has('バイアス')).toBe(false);
});

test('a long kana query is not searched again as readings', () => {
	expect(planQuery('がいねんちゅうにゅう'.repeat(3), 'ja', lexicon).kana).toBe(false);
	expect(planQuery('がいねんちゅうにゅう', 'ja', lexicon).kana).toBe(true);
});
