// Reads the YAML data that pages and checks share. Plain Node (no Astro imports), so the content
// checks, the search index builder and the tests can use it outside an Astro build.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as parseYaml } from 'js-yaml';

export const dataDir = (root = process.cwd()) => join(root, 'src', 'data');

function readYamlList(file: string): Record<string, unknown>[] {
	const parsed = parseYaml(readFileSync(file, 'utf8'), { filename: file });
	if (!Array.isArray(parsed)) throw new Error(`${file}: expected a YAML list of entries`);
	return parsed as Record<string, unknown>[];
}

/** Every glossary term from src/data/glossary/*.yaml, tagged with the file it came from. */
export function loadGlossary(root = process.cwd()) {
	const dir = join(dataDir(root), 'glossary');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.flatMap((f) => readYamlList(join(dir, f)).map((t) => ({ ...t, group: basename(f, '.yaml') })));
}

/** Every primary source from src/data/sources.yaml. */
export function loadSources(root = process.cwd()) {
	return readYamlList(join(dataDir(root), 'sources.yaml'));
}

/** The source discussions evidence markers name, from src/data/discussions.yaml. */
export function loadDiscussions(root = process.cwd()) {
	return readYamlList(join(dataDir(root), 'discussions.yaml'));
}
