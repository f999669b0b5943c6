// `npm run links:update` in pure form: adds what content/ publishes to the manifest, records moves
// and retirements, and never removes or renumbers an entry.
import type { Page } from '../content-checks/read-pages.ts';
import { newCode } from './codes.ts';
import { linkManifest, type LinkManifest } from './manifest.ts';
import { publishedPages } from './published.ts';

export interface Mappings {
	/** `[from, to]` page paths: `/old/`, `/new/`. */
	moves: [string, string][];
	/** `[from, to]` anchors: `/page/#old-id`, `/page/#new-id`. */
	retires: [string, string][];
}

export function updateManifest(current: LinkManifest, pages: Page[], mappings: Mappings = { moves: [], retires: [] }, pick?: (n: number) => number): { manifest: LinkManifest; added: string[] } {
	const manifest: LinkManifest = structuredClone(current);
	const added: string[] = [];
	for (const [from, to] of mappings.moves) {
		manifest.moved[from] = to;
		added.push(`moved ${from} → ${to}`);
	}
	for (const [from, to] of mappings.retires) {
		manifest.retired[from] = to;
		added.push(`retired ${from} → ${to}`);
	}
	const taken = new Set(Object.values(manifest.pages).flatMap((e) => [e.code, ...Object.values(e.anchors)]));
	const code = () => {
		const c = newCode(taken, pick);
		taken.add(c);
		return c;
	};
	for (const page of publishedPages(pages).values()) {
		let entry = manifest.pages[page.path];
		if (!entry) {
			entry = manifest.pages[page.path] = { urls: [], code: code(), anchors: {} };
			added.push(`${page.path} /s/${entry.code}/`);
		}
		for (const p of Object.values(page.byLang)) if (!entry.urls.includes(p.url)) entry.urls.push(p.url);
		for (const id of page.anchors.keys()) {
			if (id in entry.anchors) continue;
			entry.anchors[id] = code();
			added.push(`${page.path}#${id} /s/${entry.anchors[id]}/`);
		}
	}
	// Validate what we are about to write with the same schema the build reads it with.
	return { manifest: linkManifest.parse(manifest), added };
}
