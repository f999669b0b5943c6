// Which sections lag in translation. Each section's changes in both languages are replayed in commit
// order: a change to one language alone puts the other behind; the language behind catches up with
// its next change; a commit changing both, a commit marked `[translation-ok]`, or a later
// `Translation-ok: <slug>#<id>` trailer puts them in step.
import { pageKey, type Change, type History, type SectionHistory } from './compute.ts';

export interface Lag {
	slug: string;
	id: string;
	/** The section's heading in each language. */
	titles: Record<string, string>;
	/** The language whose text is older. */
	behind: string;
	/** The language changed since. */
	ahead: string;
	/** Each language's last content change (YYYY-MM-DD), undefined when history has none. */
	dates: Record<string, string | undefined>;
	/** The ahead language's changes the other has not followed, oldest first. */
	commits: Change[];
}

type Event = { seq: number; lang?: string; change?: Change; ok: boolean };

/** The language behind (and the ahead language's changes since), or undefined when in step. */
function replay(a: string, sa: SectionHistory, b: string, sb: SectionHistory): { behind: string; ahead: string; commits: Change[] } | undefined {
	const bySeq = new Map<number, Event[]>();
	const add = (e: Event) => bySeq.set(e.seq, [...(bySeq.get(e.seq) ?? []), e]);
	for (const c of sa.changes) add({ seq: c.seq, lang: a, change: c, ok: c.translationOk });
	for (const c of sb.changes) add({ seq: c.seq, lang: b, change: c, ok: c.translationOk });
	for (const seq of new Set([...sa.syncs, ...sb.syncs])) add({ seq, ok: true });
	let state: { behind: string; ahead: string; commits: Change[] } | undefined;
	for (const seq of [...bySeq.keys()].sort((x, y) => x - y)) {
		const events = bySeq.get(seq)!;
		const langs = new Set(events.map((e) => e.lang).filter(Boolean));
		if (events.some((e) => e.ok) || langs.size === 2) {
			state = undefined;
			continue;
		}
		const [lang] = langs as Set<string>;
		const change = events[0].change!;
		if (!state) state = { ahead: lang, behind: lang === a ? b : a, commits: [change] };
		else if (state.behind === lang) state = undefined;
		else state.commits.push(change);
	}
	return state;
}

/** Every lagging section of the given pages, in page order. `langs` is the pair to compare. */
export function translationLags(history: History, slugs: readonly string[], langs: readonly [string, string]): Lag[] {
	if (!history.known) return [];
	const [a, b] = langs;
	const lags: Lag[] = [];
	for (const slug of slugs) {
		const pa = history.pages.get(pageKey(a, slug));
		const pb = history.pages.get(pageKey(b, slug));
		if (!pa || !pb) continue;
		const inB = new Map(pb.sections.map((s) => [s.id, s]));
		for (const sa of pa.sections) {
			const sb = inB.get(sa.id);
			const state = sb && replay(a, sa, b, sb);
			if (!sb || !state) continue;
			lags.push({ slug, id: sa.id, titles: { [a]: sa.title, [b]: sb.title }, ...state, dates: { [a]: sa.changes.at(-1)?.date, [b]: sb.changes.at(-1)?.date } });
		}
	}
	return lags;
}

/** The terminal report of `npm run status:translations`. */
export function formatLags(history: History, lags: Lag[]): string {
	if (!history.known) return `translation status unknown: ${history.reason}\n`;
	if (!lags.length) return 'every section is up to date in both languages\n';
	const lines = [`${lags.length} section${lags.length === 1 ? '' : 's'} lag in translation:`, ''];
	for (const l of lags) {
		lines.push(`${l.slug}#${l.id} (${l.titles[l.ahead]}): ${l.behind} is behind ${l.ahead}`);
		for (const [lang, date] of Object.entries(l.dates)) lines.push(`  ${lang}: last changed ${date ?? 'never (no history)'}`);
		for (const c of l.commits) lines.push(`  ${c.hash.slice(0, 10)} ${c.date} ${c.summary}`);
		lines.push('');
	}
	return lines.join('\n');
}
