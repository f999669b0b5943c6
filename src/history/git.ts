// Reads the repository's history with two git processes, whatever its size: one `git log` for every
// commit and the files it changed, one `git cat-file --batch` for the content files at those commits.
// The work is linear in commits × files changed.
import { spawnSync } from 'node:child_process';

export interface Commit {
	/** Full commit hash. */
	hash: string;
	/** Commit date, ISO 8601 (the day a change landed, not when it was first written). */
	date: string;
	/** First line of the message: the change's summary. */
	subject: string;
	/** The whole message (for `[translation-ok]` and `Translation-ok:` trailers). */
	message: string;
	/** Paths under the content folder this commit changed (none for a merge; a deleted file has no content at the commit). */
	files: string[];
}

/** Why there are no dates: not a git checkout, or a shallow clone whose dates would be wrong. */
export type GitState = { kind: 'ok'; commits: Commit[] } | { kind: 'unknown'; reason: string };

function git(root: string, args: string[], input?: string) {
	return input === undefined ? spawnSync('git', ['-C', root, ...args], { maxBuffer: 1 << 30, encoding: 'utf8' }) : spawnSync('git', ['-C', root, ...args], { input, maxBuffer: 1 << 30 });
}

/**
 * Every commit reachable from HEAD, oldest first, with the files under `dir` it added or changed.
 * Commits that touch no content stay in the list: a `Translation-ok:` trailer may be in one.
 */
export function readCommits(root: string, dir: string): GitState {
	const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
	if (shallow.error || shallow.status !== 0) return { kind: 'unknown', reason: 'not a git checkout (no history)' };
	if (String(shallow.stdout).trim() === 'true') return { kind: 'unknown', reason: 'a shallow clone (history incomplete; fetch with --unshallow or fetch-depth: 0)' };
	const log = git(root, ['-c', 'core.quotePath=false', 'log', '--reverse', '--topo-order', '--no-renames', '--name-only', '--format=%x1e%H%x1f%cI%x1f%B%x1d', 'HEAD']);
	if (log.status !== 0) {
		// A repository without a commit yet has no history either.
		return { kind: 'unknown', reason: `git log failed: ${String(log.stderr).trim().split('\n')[0]}` };
	}
	const commits: Commit[] = [];
	for (const record of String(log.stdout).split('\x1e').slice(1)) {
		const [head, names = ''] = record.split('\x1d');
		const [hash, date, message] = head.split('\x1f');
		commits.push({ hash, date, message: message.trim(), subject: message.trim().split('\n')[0], files: names.split('\n').map((n) => n.trim()).filter((n) => n.startsWith(`${dir}/`)) });
	}
	return { kind: 'ok', commits };
}

/** The content of `commit:path` for every pair, in one process. */
export function readBlobs(root: string, pairs: { commit: string; path: string }[]): Map<string, string> {
	const out = new Map<string, string>();
	if (!pairs.length) return out;
	const res = git(root, ['cat-file', '--batch'], pairs.map((p) => `${p.commit}:${p.path}`).join('\n') + '\n');
	const buf = res.stdout as Buffer;
	let pos = 0;
	for (const p of pairs) {
		const nl = buf.indexOf(0x0a, pos);
		const header = buf.subarray(pos, nl).toString('utf8');
		pos = nl + 1;
		const m = header.match(/^\S+ blob (\d+)$/);
		if (!m) continue; // "missing": the path does not exist at that commit
		const size = Number(m[1]);
		out.set(`${p.commit}:${p.path}`, buf.subarray(pos, pos + size).toString('utf8'));
		pos += size + 1;
	}
	return out;
}
