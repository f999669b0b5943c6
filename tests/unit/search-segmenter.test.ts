import { describe, expect, test } from 'vitest';
import { segmentRun, type Vocabulary } from '../../src/search/segmenter.ts';

const words = new Set(['大', '規模', '言語', 'モデル', '新幹線', '新', '幹線', '道路', 'は', 'の', '自己', '選好', 'リポジトリ']);
const vocab: Vocabulary = {
	has: (w) => words.has(w),
	maxLength: 5,
	hasPrefix: (p) => [...words].some((w) => w.startsWith(p) && w !== p),
};
const cut = (run: string, prefix = false) => segmentRun(run, vocab, prefix).map((s) => (s.unknown ? `?${s.text}` : s.text));

describe.each([
	['大規模言語モデル', ['大', '規模', '言語', 'モデル']],
	['言語モデル', ['言語', 'モデル']],
	['新幹線', ['新幹線']],
	['新幹線道路', ['新幹線', '道路']],
	['自己選好は', ['自己', '選好', 'は']],
	['新千歳空港', ['新', '?千歳空港']],
	['量子', ['?量子']],
])('segmentRun(%j)', (run, expected) => {
	test(`cuts into ${expected.join(' | ')}`, () => expect(cut(run)).toEqual(expected));
});

test('a query still being typed may end in the start of a word', () => {
	expect(cut('言語モデ', true)).toEqual(['言語', 'モデ']);
	expect(cut('言語モデ', false)).toEqual(['言語', '?モデ']);
});
