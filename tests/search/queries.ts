// The search evaluation's query set: what readers type, with what counts as a right answer.
// kind 'term': the oracle is "pages whose text contains the query" (or `contains`, for an
// inflected form whose base form is what a reader means); 'absent': no page contains it, so any hit
// is wrong; 'question': the page that answers it must rank in the top 3; 'cross': a term of the
// other language must find the page listed.

export interface EvalQuery {
	q: string;
	lang: 'ja' | 'en';
	kind: 'term' | 'absent' | 'question' | 'cross';
	/** Category for the report. */
	group: string;
	/** For 'term': the substring(s) that make a page relevant, when not the query itself. */
	contains?: string[];
	/** For 'question' and 'cross': the page that must come up. */
	expect?: string;
}

const terms = (lang: 'ja' | 'en', group: string, qs: string[]): EvalQuery[] => qs.map((q) => ({ q, lang, kind: 'term', group }));
const absent = (lang: 'ja' | 'en', qs: string[]): EvalQuery[] => qs.map((q) => ({ q, lang, kind: 'absent', group: 'absent term' }));
const question = (lang: 'ja' | 'en', q: string, expect: string): EvalQuery => ({ q, lang, kind: 'question', group: 'question', expect });
const cross = (lang: 'ja' | 'en', q: string, expect: string): EvalQuery => ({ q, lang, kind: 'cross', group: 'cross-language', expect });

export const queries: EvalQuery[] = [
	...terms('ja', 'compound noun', [
		'大規模言語モデル', '言語モデル', '概念注入', '自己選好', '機能的感情', '感情ベクトル', '感情概念', '注入強度', '現象的意識',
		'事後学習', '事前学習', '継続学習', '目的関数', '解釈可能性', '自己認識', '自己保存', '暗黙連合テスト', '効果量', '共進化',
		'誤情報', '検閲的ファインチューニング', '主観的経験', '基盤モデル', '自主規制', '中立性', '汎用人工知能', '防衛装備庁', '生成モデル',
	]),
	...terms('ja', 'katakana loanword', [
		'アライメント', 'ジェイルブレイク', 'ハルシネーション', 'ファインチューニング', 'ベースモデル', 'ペルソナ', 'ガバナンス',
		'ステアリング', 'シンギュラリティ', 'プロンプトインジェクション', 'バックドア', 'ハードロー', 'ソフトロー',
		'コンテキストウィンドウ', 'ニューラルネットワークポテンシャル', 'プリフィル',
	]),
	...terms('ja', 'mixed script', ['LLM', 'AIサイコシス', 'EU AI法', 'Claude Opus', 'Claude Sonnet 4.5', 'RLHF', '広島AIプロセス', 'エージェント型LLM']),
	...terms('ja', 'full/half width', ['ＬＬＭ', 'ＲＬＨＦ', 'Ｃｌａｕｄｅ', 'ﾍﾟﾙｿﾅ', 'ｱﾗｲﾒﾝﾄ']).map((x) => ({ ...x, contains: [x.q.normalize('NFKC')] })),
	{ q: '注入された', lang: 'ja', kind: 'term', group: 'inflection', contains: ['注入'] },
	{ q: '学習した', lang: 'ja', kind: 'term', group: 'inflection', contains: ['学習'] },
	question('ja', 'LLMはなぜ人間らしく振る舞うのか', '/personality-engineering/'),
	question('ja', 'モデルは自分の内部状態に気づけるのか', '/introspection/'),
	question('ja', '概念注入とは何ですか', '/introspection/'),
	question('ja', '感情ベクトルは行動にどう影響するのか', '/functional-emotions/'),
	question('ja', 'ハードローとソフトローの違いは何か', '/governance/'),
	question('ja', '検閲的ファインチューニングとは', '/alignment-risks/'),
	question('ja', 'シンギュラリティとは何か', '/ai-futures/'),
	question('ja', '継続学習はなぜ難しいのか', '/personality-engineering/'),
	question('ja', '言語モデルに自己愛はあるのか', '/self-preference/'),
	question('ja', 'ベースモデルはなぜ役に立たないのか', '/personality-engineering/'),
	...absent('ja', ['新幹線', '新千歳空港', 'ガベージコレクション', 'リポジトリ', '量子コンピュータ', 'ブロックチェーン', '暗号資産', '自動運転車']),
	cross('ja', 'introspection', '/introspection/'),
	cross('ja', 'self-preference', '/self-preference/'),
	cross('ja', 'functional emotions', '/functional-emotions/'),
	cross('ja', 'soft law', '/governance/'),

	...terms('en', 'term', [
		'concept injection', 'introspection', 'self-preference', 'functional emotions', 'emotion vector', 'steering', 'post-training',
		'base model', 'persona', 'continual learning', 'context window', 'jailbreak', 'hallucination', 'alignment', 'governance',
		'soft law', 'hard law', 'singularity', 'objective function', 'phenomenal consciousness', 'Claude Opus', 'prompt injection',
		'censorship', 'Implicit Association Test',
	]),
	question('en', 'why do LLMs act like people', '/en/personality-engineering/'),
	question('en', 'can a model notice its own internal states', '/en/introspection/'),
	question('en', 'what is the difference between hard law and soft law', '/en/governance/'),
	...absent('en', ['blockchain', 'cryptocurrency', 'bullet train', 'garbage collection']),
	cross('en', '内省', '/en/introspection/'),
	cross('en', '自己選好', '/en/self-preference/'),
	cross('en', '機能的感情', '/en/functional-emotions/'),
];
