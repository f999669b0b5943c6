// The permanence check: every link the manifest has ever published must still land somewhere, and
// everything content/ publishes must have its short link. Problems name the page and the id.
import { langs, localeDirs, type Lang } from '../config/locales.ts';
import type { Problem } from '../content-checks/checks.ts';
import type { Page } from '../content-checks/read-pages.ts';
import { CODE, CODE_ALPHABET, CODE_LENGTH } from './codes.ts';
import { MANIFEST_FILE, type LinkManifest } from './manifest.ts';
import { publishedPages, type PublishedPage } from './published.ts';
import { isDead, resolveLink, type Dead } from './resolve.ts';

const UPDATE = 'npm run links:update';

function langOfUrl(url: string): Lang {
	return (langs.find((l) => localeDirs[l] && url.startsWith(`/${localeDirs[l]}/`)) ?? 'ja') as Lang;
}

function why(dead: Dead, site: Map<string, PublishedPage>): string {
	if (dead.reason === 'cycle') return `the moved/retired mappings loop (${dead.at})`;
	if (dead.reason === 'no-page') return `no content file serves ${dead.at}`;
	const [path, id] = dead.at.split('#');
	return `${site.get(path)?.file ?? path} has no section with id "${id}"`;
}

export function checkCodes(manifest: LinkManifest): Problem[] {
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	const claim = (code: string, link: string) => {
		if (!CODE.test(code)) {
			problems.push({ file: MANIFEST_FILE, message: `short-link code "${code}" of ${link} is not ${CODE_LENGTH} characters from "${CODE_ALPHABET}": run ${UPDATE} to assign codes` });
		}
		const first = owner.get(code);
		if (first) problems.push({ file: MANIFEST_FILE, message: `short-link code "${code}" is used twice: by ${first} and by ${link}; a code names one link forever` });
		else owner.set(code, link);
	};
	for (const [path, entry] of Object.entries(manifest.pages)) {
		claim(entry.code, path);
		for (const [id, code] of Object.entries(entry.anchors)) claim(code, `${path}#${id}`);
	}
	return problems;
}

/** Every published URL, anchor, move and retirement in the manifest still lands on a page. */
export function checkPermanence(manifest: LinkManifest, site: Map<string, PublishedPage>): Problem[] {
	const problems: Problem[] = [];
	for (const [path, entry] of Object.entries(manifest.pages)) {
		const landing = resolveLink(manifest, site, path);
		if (isDead(landing)) {
			problems.push({
				file: MANIFEST_FILE,
				message: `page ${path} (short link /s/${entry.code}/) no longer resolves: ${why(landing, site)}. Restore the page, or record where it went: ${UPDATE} -- --move ${path}=/new-path/`,
			});
			continue;
		}
		const page = site.get(landing.path)!;
		for (const url of entry.urls) {
			const lang = langOfUrl(url);
			if (!page.byLang[lang]) problems.push({ file: page.file, message: `published URL ${url} no longer resolves: the page has no ${lang} version any more` });
		}
		for (const [id, code] of Object.entries(entry.anchors)) {
			const link = `${path}#${id}`;
			const to = resolveLink(manifest, site, link);
			if (!isDead(to)) continue;
			problems.push({
				file: site.get(path)?.file ?? page.file,
				message: `section id "${id}" of ${path} (short link /s/${code}/) no longer resolves: ${why(to, site)}. Restore the heading id, or record its new home: ${UPDATE} -- --retire ${link}=${path}#new-id`,
			});
		}
	}
	for (const [from, to] of Object.entries(manifest.moved)) {
		const existing = site.get(from);
		if (existing) problems.push({ file: existing.file, message: `${from} is recorded as moved to ${to}, but a page is published there again: pick a new slug for this page` });
		const landing = resolveLink(manifest, site, to);
		if (isDead(landing)) problems.push({ file: MANIFEST_FILE, message: `moved page ${from} points to ${to}, which does not resolve: ${why(landing, site)}` });
	}
	for (const [from, to] of Object.entries(manifest.retired)) {
		const landing = resolveLink(manifest, site, to);
		if (isDead(landing)) problems.push({ file: MANIFEST_FILE, message: `retired anchor ${from} points to ${to}, which does not resolve: ${why(landing, site)}` });
	}
	return problems;
}

/** Everything content/ publishes is in the manifest, so it has a short link and is protected. */
export function checkComplete(manifest: LinkManifest, site: Map<string, PublishedPage>): Problem[] {
	const problems: Problem[] = [];
	for (const page of site.values()) {
		const entry = manifest.pages[page.path];
		if (!entry) {
			problems.push({ file: page.file, message: `page ${page.path} is not in the link manifest yet: run ${UPDATE}` });
			continue;
		}
		for (const lang of langs) {
			const url = page.byLang[lang]?.url;
			if (url && !entry.urls.includes(url)) problems.push({ file: page.file, message: `URL ${url} is not in the link manifest yet: run ${UPDATE}` });
		}
		for (const [id, line] of page.anchors) {
			if (!(id in entry.anchors)) problems.push({ file: page.file, line: line || undefined, message: `section id "${id}" has no short link yet: run ${UPDATE}` });
		}
	}
	return problems;
}

export function checkLinkManifest(manifest: LinkManifest, pages: Page[]): Problem[] {
	const site = publishedPages(pages);
	return [...checkCodes(manifest), ...checkPermanence(manifest, site), ...checkComplete(manifest, site)];
}
