// Links that leave the site (QR codes, copied links, og:image, canonical) must be absolute and carry
// the deployment base: https://user.github.io/kb/s/k7x/.
import { withBase } from '../lib/url.ts';

/** `site` + base + `path` (a site path without base, such as `/s/k7x/`). */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
	if (!site) throw new Error('`site` must be set (SITE env var) to build absolute links');
	return new URL(withBase(path, base), site).href;
}
