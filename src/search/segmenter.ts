// The word segmenter that both sides share. At build time kuromoji decides which words exist
// (src/search/tokenizer.ts); the index and the browser then cut every Japanese run with this one
// deterministic function over that vocabulary, so a query is segmented exactly as the index was.
// No imports: it runs in the browser.

export interface Vocabulary {
	has(word: string): boolean;
	/** Longest word length, to bound the search. */
	maxLength: number;
	/** True when some word starts with `prefix` (for a query still being typed). */
	hasPrefix?(prefix: string): boolean;
}

export interface Segment {
	text: string;
	/** Not a vocabulary word: the text contains characters no indexed word covers. */
	unknown: boolean;
}

const UNKNOWN_COST = 1000;

/**
 * Cuts a run of Japanese characters into vocabulary words with the fewest pieces; characters no
 * word covers become single unknown pieces. With `allowPrefixAtEnd`, the last piece may be the
 * start of a vocabulary word (a query still being typed).
 */
export function segmentRun(run: string, vocab: Vocabulary, allowPrefixAtEnd = false): Segment[] {
	const chars = [...run];
	const n = chars.length;
	const cost = new Array<number>(n + 1).fill(Infinity);
	const back = new Array<{ from: number; unknown: boolean }>(n + 1);
	cost[0] = 0;
	for (let i = 0; i < n; i++) {
		if (cost[i] === Infinity) continue;
		let matched = false;
		for (let len = Math.min(vocab.maxLength, n - i); len >= 1; len--) {
			const piece = chars.slice(i, i + len).join('');
			const isWord = vocab.has(piece);
			const isTail = !isWord && allowPrefixAtEnd && i + len === n && len > 1 && !!vocab.hasPrefix?.(piece);
			if (!isWord && !isTail) continue;
			matched = true;
			const c = cost[i] + 1;
			if (c < cost[i + len]) {
				cost[i + len] = c;
				back[i + len] = { from: i, unknown: false };
			}
		}
		if (!matched) {
			const c = cost[i] + UNKNOWN_COST;
			if (c < cost[i + 1]) {
				cost[i + 1] = c;
				back[i + 1] = { from: i, unknown: true };
			}
		}
	}
	const out: Segment[] = [];
	for (let end = n; end > 0; ) {
		const { from, unknown } = back[end];
		out.unshift({ text: chars.slice(from, end).join(''), unknown });
		end = from;
	}
	// Adjacent unknown characters stay together: they are one absent term, not many.
	return out.reduce<Segment[]>((acc, s) => {
		const last = acc[acc.length - 1];
		if (last && last.unknown && s.unknown) last.text += s.text;
		else acc.push({ ...s });
		return acc;
	}, []);
}
