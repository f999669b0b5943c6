// The search evaluation's query set: what readers type, with what counts as a right answer.
// kind 'term': the oracle (tests/search/oracle.ts) is "pages that contain the query" — as whole
// words forming a phrase in English (plurals count), as a substring in Japanese, as the whole
// figure for numbers — or `contains`, for an inflected form whose base form is what a reader means;
// 'absent': no page contains it, so any hit is wrong; 'question': the page that answers it must
// rank in the top 3; 'cross': a term of the other language must find the page listed; 'reading':
// a term typed in kana before conversion, whose oracle is the pages containing `contains`;
// 'variant': a word written another way than the site writes it (Japanese 表記ゆれ, British
// spelling, a compound spaced or joined), whose oracle is the pages containing the site's form;
// 'typo': a slip (an IME homophone, a mistyped English word), whose oracle is the same.

export interface EvalQuery {
	q: string;
	lang: 'ja' | 'en';
	kind: 'term' | 'absent' | 'question' | 'cross' | 'reading' | 'variant' | 'typo';
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
const reading = (q: string, word: string): EvalQuery => ({ q, lang: 'ja', kind: 'reading', group: 'reading', contains: [word] });
/** Pairs of [as typed, as the site writes it] (結びつ: the verb in every inflection, as for 'inflection' above). */
const meant = (kind: 'variant' | 'typo', lang: 'ja' | 'en', group: string, pairs: [string, string][]): EvalQuery[] =>
	pairs.map(([q, site]) => ({ q, lang, kind, group, contains: [site] }));

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
	...terms('ja', 'compound noun', ['内省', '自己報告', '作話', '擬人化', '感情表現', '安全性評価', '人格', '内部状態', '用語集']),
	...terms('ja', 'figure', [
		'41,000', '41000', '４１，０００', '2509.26464', '2404.09932', '20%', '２０％', '22%', 'Claude Opus 4.1', 'Sonnet 4.5',
		'Claude Sonnet 4', 'GPT-5.2', 'Gemini 2.5', '2017', '2025', '5,900', '1,130', '2.5', '0.8',
	]),
	reading('がいねんちゅうにゅう', '概念注入'),
	reading('じこせんこう', '自己選好'),
	reading('概念ちゅうにゅう', '概念注入'),
	reading('きのうてきかんじょう', '機能的感情'),
	reading('かんじょうべくとる', '感情ベクトル'),
	reading('げんしょうてきいしき', '現象的意識'),
	reading('ないせい', '内省'),
	reading('じこにんしき', '自己認識'),
	...absent('ja', ['しんかんせん', 'ぶろっくちぇーん', '1234.56789', '77%']),

	...terms('en', 'term', [
		'concept injection', 'introspection', 'self-preference', 'functional emotions', 'emotion vector', 'steering', 'post-training',
		'base model', 'persona', 'continual learning', 'context window', 'jailbreak', 'hallucination', 'alignment', 'governance',
		'soft law', 'hard law', 'singularity', 'objective function', 'phenomenal consciousness', 'Claude Opus', 'prompt injection',
		'censorship', 'Implicit Association Test',
	]),
	question('en', 'why do LLMs act like people', '/en/personality-engineering/'),
	question('en', 'can a model notice its own internal states', '/en/introspection/'),
	question('en', 'what is the difference between hard law and soft law', '/en/governance/'),
	question('en', 'what is concept injection', '/en/introspection/'),
	question('en', 'do language models prefer their own outputs', '/en/self-preference/'),
	question('en', 'how do emotion vectors change behaviour', '/en/functional-emotions/'),
	...terms('en', 'term', [
		'interpretability', 'RLHF', 'reinforcement learning from human feedback', 'EU AI Act', 'Hiroshima AI Process',
		'artificial general intelligence', 'superintelligence', 'anthropomorphism', 'self-recognition', 'self-preservation',
		'misinformation', 'neutrality', 'effect size', 'chain-of-thought', 'fine-tuning', 'pretraining', 'AI psychosis',
		'consciousness', 'Anthropic', 'OpenAI', 'confabulation', 'instrumental convergence', 'blackmail', 'large language model',
		'transformer', 'responsible scaling policy', 'executive order', 'Turing',
	]),
	...terms('en', 'plural or inflection', ['base models', 'emotion vectors', 'language models', 'self-reports', 'circuits', 'neurons', 'injected', 'preferred']),
	...terms('en', 'figure', [
		'41,000', '41000', '2509.26464', '2404.09932', '20%', '22%', 'Claude Opus 4.1', 'Sonnet 4.5', 'Claude Sonnet 4', 'GPT-5.2',
		'Gemini 2.5', '2017', '1950', '2,264', '10,000', '4.5', '0.8',
	]),
	...absent('en', ['blockchain', 'cryptocurrency', 'bullet train', 'garbage collection', 'quantization', 'reward hacking', 'sparse autoencoder', '1234.56789', '77%']),
	cross('en', '内省', '/en/introspection/'),
	cross('en', '自己選好', '/en/self-preference/'),
	cross('en', '機能的感情', '/en/functional-emotions/'),

	// Written the way people type, not the way the site writes: the variant and typo sets.
	...meant('variant', 'ja', 'okurigana', [
		['人格付け', '人格づけ'], ['振舞い', '振る舞い'], ['振舞う', '振る舞う'], ['取組み', '取り組み'], ['組合せ', '組み合わせ'],
		['手掛かり', '手がかり'], ['問い掛け', '問いかけ'], ['受入れ', '受け入れ'], ['気付く', '気づく'], ['位置付け', '位置づけ'],
		['結び付く', '結びつ'], ['名付け', '名づけ'], ['裏付け', '裏づけ'], ['組込み', '組み込み'], ['受止め', '受け止め'],
		['押付け', '押しつけ'], ['置換え', '置き換え'],
	]),
	...meant('variant', 'ja', 'long-vowel katakana', [
		['コンピューター', 'コンピュータ'], ['パラメーター', 'パラメータ'], ['セキュリティー', 'セキュリティ'], ['アイデンティティー', 'アイデンティティ'],
		['インテグリティー', 'インテグリティ'], ['サステナビリティー', 'サステナビリティ'], ['ブラウザ', 'ブラウザ'], ['フォルダ', 'フォルダ'],
	]),
	...meant('variant', 'ja', 'ヴ and small kana', [['ユバル', 'ユヴァル'], ['ソフトウエア', 'ソフトウェア']]),
	...meant('variant', 'ja', 'kanji for kana', [['見なす', 'みなす']]),
	...meant('variant', 'ja', 'kana for kanji', [['ぎじんか', '擬人化'], ['ようごしゅう', '用語集'], ['かいしゃくかのうせい', '解釈可能性'], ['じこほうこく', '自己報告']]),
	...meant('typo', 'ja', 'IME homophone', [
		['内政', '内省'], ['自己選考', '自己選好'], ['機能的勘定', '機能的感情'], ['自主既成', '自主規制'], ['自己報国', '自己報告'],
		['高価量', '効果量'], ['基板モデル', '基盤モデル'], ['係属学習', '継続学習'], ['目的巻数', '目的関数'], ['主幹的経験', '主観的経験'],
		['汎用人口知能', '汎用人工知能'],
	]),
	...meant('variant', 'en', 'British spelling', [
		['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['behavioural', 'behavioral'], ['anthropomorphising', 'anthropomorphizing'],
		['organisation', 'organization'], ['recognised', 'recognized'], ['favour', 'favor'], ['centre', 'center'], ['defence', 'defense'],
		['apologise', 'apologize'], ['modelled', 'modeled'], ['licence', 'license'], ['humour', 'humor'], ['labour', 'labor'], ['minimise', 'minimize'],
	]),
	...meant('variant', 'en', 'apostrophe or dash', [['OpenAI', 'OpenAI'], ["Anthropic's", 'Anthropic’s'], ['Microsoft', 'Microsoft']]),
	...meant('variant', 'en', 'spaced, joined or hyphenated', [
		['self preference', 'self-preference'], ['post training', 'post-training'], ['posttraining', 'post-training'], ['fine tuning', 'fine-tuning'],
		['self recognition', 'self-recognition'], ['chain of thought', 'chain-of-thought'], ['co evolution', 'co-evolution'], ['decision making', 'decision-making'],
	]),
	...meant('typo', 'en', 'one edit', [
		['concept injecton', 'concept injection'], ['introspecton', 'introspection'], ['halucination', 'hallucination'], ['consciousnes', 'consciousness'],
		['goverance', 'governance'], ['singularty', 'singularity'], ['confabulaton', 'confabulation'], ['misinfomation', 'misinformation'],
		['phenomenal consciusness', 'phenomenal consciousness'], ['continual lerning', 'continual learning'], ['contxt window', 'context window'],
		['promt injection', 'prompt injection'], ['pretrainig', 'pretraining'], ['neutrallity', 'neutrality'], ['hallucinaton', 'hallucination'],
		['judgement', 'judgment'],
	]),
	...meant('typo', 'en', 'swapped letters', [
		['alignmnet', 'alignment'], ['emotoin vector', 'emotion vector'], ['blackmial', 'blackmail'], ['transfromer', 'transformer'],
		['neurnos', 'neurons'], ['circiuts', 'circuits'], ['introspectoin', 'introspection'], ['steerign', 'steering'],
	]),
	...meant('typo', 'en', 'two edits in a long word', [
		['interpretabilty', 'interpretability'], ['anthropomorphsm', 'anthropomorphism'], ['superintelligance', 'superintelligence'],
		['instrumental convergance', 'instrumental convergence'], ['reinforcment learning', 'reinforcement learning'], ['jailbrake', 'jailbreak'],
		['self-recogniton', 'self-recognition'],
	]),
];
