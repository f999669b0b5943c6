// A short link as shown on a slide, a card or a panel: without the scheme, and breakable only after
// a `/`, so a phone never splits the three-character code (`kb.example.org/s/` + `5eg/`).

/** The parts between which a line may break: `['kb.example.org/', 's/', '5eg/']`. */
export function shortLinkParts(url: string): string[] {
	return url.replace(/^https?:\/\//, '').match(/[^/]*\/|[^/]+$/g) ?? [];
}
