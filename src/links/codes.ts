// Short-link codes are read off a slide and typed by hand, so the alphabet leaves out characters
// that look alike in common fonts (0/o, 1/l/i) and uses lowercase only (paths are case-sensitive).
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const CODE_LENGTH = 3;
export const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * A fresh code not in `taken`. Random rather than sequential so that a mistyped code most likely
 * hits no page at all instead of a neighbouring section.
 */
export function newCode(taken: Set<string>, pick: (n: number) => number = randomInt): string {
	const space = CODE_ALPHABET.length ** CODE_LENGTH;
	if (taken.size >= space / 2) throw new Error(`short-link codes are running out (${taken.size} of ${space}): raise CODE_LENGTH`);
	for (;;) {
		let code = '';
		for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[pick(CODE_ALPHABET.length)];
		if (!taken.has(code)) return code;
	}
}
