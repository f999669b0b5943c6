// A topic page's section links as the page carries them (section-links.ts packs them at build
// time) and their unpacking, shared by the build and the browser (nothing here imports Node).

export interface SectionLink {
	/** The absolute short link: `https://kb.example.com/en/s/k7x/`. */
	short: string;
	/** The absolute section URL: `https://kb.example.com/en/introspection/#overview`. */
	full: string;
}

export interface PageLinks {
	/** Every short link of the language without its code: `https://kb.example.com/en/s/`. */
	short: string;
	/** The page's absolute URL, to which `#<section id>` is added: `https://kb.example.com/en/introspection/`. */
	full: string;
	/** Section id → its short link's code; sections without a code yet (`astro dev` before links:update) are absent. */
	sections: Record<string, string>;
}

/** A section's links, unpacked from the page's data (the same strings pageLinks() started from). */
export function sectionLink(links: PageLinks, id: string): SectionLink | undefined {
	const code = links.sections[id];
	return code === undefined ? undefined : { short: `${links.short}${code}/`, full: `${links.full}#${id}` };
}
