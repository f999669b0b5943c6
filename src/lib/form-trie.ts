// A trie of words for finding many of them in a text at once: the cost of a scan grows with the
// text and the longest word, not with how many words there are (the glossary grows with the site).

interface TrieNode { next: Map<string, TrieNode>; words: number[] }
const node = (): TrieNode => ({ next: new Map(), words: [] });

/** Lower case one UTF-16 unit at a time, so positions in a text and in its lower case line up. */
export function lowerUnits(s: string): string {
	let out = '';
	for (let k = 0; k < s.length; k++) {
		const l = s[k].toLowerCase();
		out += l.length === 1 ? l : s[k];
	}
	return out;
}

export interface FormTrie {
	/** The indexes (in the list given) of every word that is spelled out in `text` from `start`. */
	at(text: string, start: number): number[];
}

/** A trie of `words`, matched exactly as given (lower-case both sides for a case-blind match). */
export function formTrie(words: readonly string[]): FormTrie {
	const root = node();
	words.forEach((word, index) => {
		let at = root;
		for (const c of word) {
			for (let k = 0; k < c.length; k++) {
				let next = at.next.get(c[k]);
				if (!next) at.next.set(c[k], (next = node()));
				at = next;
			}
		}
		at.words.push(index);
	});
	return {
		at(text, start) {
			const found: number[] = [];
			for (let at = root.next.get(text[start]), j = start + 1; at; at = j < text.length ? at.next.get(text[j++]) : undefined) {
				found.push(...at.words);
			}
			return found;
		},
	};
}
