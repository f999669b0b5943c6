// Section history: for every page, language and section id, the commits that changed the section's
// content, each compared with its parent commit (so parallel branches and merges give no false
// changes). Renamed section ids follow the link manifest's `retired` map; moved pages its `moved` map.
import { readBlobs, readCommits, type Commit } from './git.ts';
import { readableText, splitSections, type SectionSource } from './sections.ts';

/** One change to a section's content. */
export interface Change {
	/** Position of the commit in history (oldest 0): orders changes on the same day. */
	seq: number;
	hash: string;
	/** YYYY-MM-DD (UTC). */
	date: string;
	/** The commit message's first line. */
	summary: string;
	/** The commit says both languages of what it changes are in step (`[translation-ok]`). */
	translationOk: boolean;
	/** The section's readable text after this change. */
	text: string;
}

export interface SectionHistory {
	id: string;
	title: string;
	/** Content changes, oldest first; the last one gives the section's date. */
	changes: Change[];
	/** Commits (by `seq`) whose `Translation-ok:` trailer declared this section translated. */
	syncs: number[];
}

export interface PageHistory {
	lang: string;
	slug: string;
	/** Sections in today's page order (ids of today's file). */
	sections: SectionHistory[];
}

export type History =
	| { known: true; commits: number; files: number; ms: number; pages: Map<string, PageHistory> }
	| { known: false; reason: string; ms: number };

export interface HistoryOptions {
	/** Repository root. */
	root: string;
	/** Content folder relative to the root (`content`). */
	dir?: string;
	/** Locale folders: `{ ja: '', en: 'en' }`. */
	localeDirs: Record<string, string>;
	/** The link manifest's maps: `moved` (old page path → new) and `retired` (`/p/#old` → `/p/#new`). */
	moved?: Record<string, string>;
	retired?: Record<string, string>;
	/** Today's content, read from the working tree: `path → source`. */
	current: Map<string, string>;
}

export const pageKey = (lang: string, slug: string) => `${lang}:${slug}`;

const toDay = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** `content/en/introspection.mdx` → `{ lang: 'en', slug: 'introspection' }`. */
function pageOf(path: string, dir: string, localeDirs: Record<string, string>): { lang: string; slug: string } | undefined {
	if (!path.startsWith(`${dir}/`) || !/\.mdx?$/.test(path)) return undefined;
	const rest = path.slice(dir.length + 1).replace(/\.mdx?$/, '');
	const [first, ...tail] = rest.split('/');
	const lang = Object.keys(localeDirs).find((l) => localeDirs[l] && localeDirs[l] === first);
	const slug = (lang ? tail.join('/') : rest).replace(/(^|\/)index$/, '');
	return { lang: lang ?? Object.keys(localeDirs).find((l) => !localeDirs[l])!, slug };
}

/** Follows `retired`/`moved` maps to where an id or page lives today. */
function follow(map: Record<string, string>, key: string): string {
	const seen = new Set<string>();
	while (map[key] && !seen.has(key)) {
		seen.add(key);
		key = map[key];
	}
	return key;
}

export function computeHistory(options: HistoryOptions): History {
	const started = performance.now();
	const dir = options.dir ?? 'content';
	const moved = options.moved ?? {};
	const retired = options.retired ?? {};
	const state = readCommits(options.root, dir);
	if (state.kind === 'unknown') return { known: false, reason: state.reason, ms: performance.now() - started };
	const commits = state.commits;

	// Today's page for a path at some commit, via moved pages.
	const todayPage = (path: string) => {
		const p = pageOf(path, dir, options.localeDirs);
		if (!p) return undefined;
		const slug = follow(moved, `/${p.slug}/`.replace('//', '/')).replace(/^\/|\/$/g, '');
		return { lang: p.lang, slug };
	};
	// A section id at some commit → its id today.
	const todayId = (slug: string, id: string) => {
		const target = follow(retired, `/${slug ? `${slug}/` : ''}#${id}`);
		const hash = target.indexOf('#');
		return hash >= 0 && target.slice(0, hash) === `/${slug ? `${slug}/` : ''}` ? target.slice(hash + 1) : id;
	};
	// A file's version at one commit is usually its parent version at the next: each is cut once.
	const parsed = new Map<string, SectionSource[]>();
	const split = (source: string) => parsed.get(source) ?? (parsed.set(source, splitSections(source)), parsed.get(source)!);
	const byId = (slug: string, source: string | undefined) => new Map<string, SectionSource>((source === undefined ? [] : split(source)).map((s) => [todayId(slug, s.id), s]));

	const pairs = commits.flatMap((c) => c.files.flatMap((path) => [{ commit: c.hash, path }, { commit: `${c.hash}^`, path }]));
	const blobs = readBlobs(options.root, pairs);

	const pages = new Map<string, PageHistory>();
	const sectionsOf = new Map<string, Map<string, SectionHistory>>();
	for (const [path, source] of options.current) {
		const p = pageOf(path, dir, options.localeDirs);
		if (!p) continue;
		const sections = splitSections(source).map((s) => ({ id: s.id, title: s.title, changes: [] as Change[], syncs: [] as number[] }));
		pages.set(pageKey(p.lang, p.slug), { lang: p.lang, slug: p.slug, sections });
		sectionsOf.set(pageKey(p.lang, p.slug), new Map(sections.map((s) => [s.id, s])));
	}

	commits.forEach((c: Commit, seq) => {
		const translationOk = /\[translation-ok\]/i.test(c.message);
		for (const path of c.files) {
			const page = todayPage(path);
			const today = page && sectionsOf.get(pageKey(page.lang, page.slug));
			if (!page || !today) continue;
			const after = byId(page.slug, blobs.get(`${c.hash}:${path}`));
			const before = byId(page.slug, blobs.get(`${c.hash}^:${path}`));
			for (const [id, s] of after) {
				if (before.get(id)?.fingerprint === s.fingerprint) continue;
				today.get(id)?.changes.push({ seq, hash: c.hash, date: toDay(c.date), summary: c.subject, translationOk, text: readableText(s.markdown) });
			}
		}
	});

	// `Translation-ok: introspection#concept-injection` (or a whole page: `Translation-ok: introspection`)
	// in any commit, an empty one included, declares those sections translated as of that commit.
	commits.forEach((m, seq) => {
		for (const [, value] of m.message.matchAll(/^Translation-ok:\s*(.+)$/gim)) {
			for (const target of value.split(/[\s,]+/).filter(Boolean)) {
				const [slug, id] = target.replace(/^\/|\/$/g, '').split('#');
				const cleanSlug = slug.replace(/\/$/, '');
				for (const [key, sections] of sectionsOf) {
					if (key.split(':')[1] !== cleanSlug) continue;
					for (const s of sections.values()) if ((!id || s.id === id) && !s.syncs.includes(seq)) s.syncs.push(seq);
				}
			}
		}
	});

	// Text a section had before its first recorded change is unknown; a section never changed in
	// history (only in the working tree) keeps no date rather than a wrong one.
	return { known: true, commits: commits.length, files: new Set(commits.flatMap((c) => c.files)).size, ms: performance.now() - started, pages };
}
