// A throwaway git repository with a two-language page, for the section-history tests: each commit
// gets a fixed date, so the expected dates are known.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface HistoryRepo {
	root: string;
	/** Writes files (repo-relative path → content) and commits them on `day` (YYYY-MM-DD). */
	commit(day: string, message: string, files?: Record<string, string>): string;
	remove(): void;
}

export function historyRepo(): HistoryRepo {
	const root = mkdtempSync(join(tmpdir(), 'kb-history-'));
	const git = (args: string[], env: Record<string, string> = {}) =>
		execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env } }).trim();
	git(['init', '-q', '-b', 'main']);
	git(['config', 'user.name', 'Test']);
	git(['config', 'user.email', 'test@example.org']);
	return {
		root,
		commit(day, message, files = {}) {
			for (const [path, content] of Object.entries(files)) {
				mkdirSync(dirname(join(root, path)), { recursive: true });
				writeFileSync(join(root, path), content);
			}
			git(['add', '-A']);
			const date = `${day}T12:00:00Z`;
			git(['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
			return git(['rev-parse', 'HEAD']);
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/** A page in MDX: frontmatter, a summary and `## title {#id}` sections. */
export function mdx(title: string, summary: string, sections: [id: string, heading: string, body: string][]): string {
	return [`---\ntitle: ${title}\ndescription: ${title}.\n---\n`, summary, '', ...sections.map(([id, h, body]) => `## ${h} {#${id}}\n\n${body}\n`)].join('\n');
}
