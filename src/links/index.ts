// Entry points for the build, the commands and the tests: read content/ and the manifest, check them.
import { join } from 'node:path';
import { readPages } from '../content-checks/read-pages.ts';
import type { Problem } from '../content-checks/checks.ts';
import { checkLinkManifest } from './checks.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

export interface LinkSources {
	/** Folder of the MDX pages; content/ unless a test points at a fixture. */
	contentDir?: string;
	/** The manifest file; src/data/link-manifest.json unless a test points at a fixture. */
	manifestFile?: string;
}

export function loadLinks(root: string, { contentDir = join(root, 'content'), manifestFile = join(root, MANIFEST_FILE) }: LinkSources = {}) {
	return { pages: readPages(root, contentDir), manifest: readManifest(root, manifestFile) };
}

export function runLinkChecks(root: string, sources?: LinkSources): Problem[] {
	const { pages, manifest } = loadLinks(root, sources);
	return checkLinkManifest(manifest, pages);
}
