// The site title in each language, as configured for Starlight in astro.config.mjs (one source).
// Only importable inside an Astro build, where Starlight provides this virtual module.
import config from 'virtual:starlight/user-config';
import { langs, locales, type Lang } from '../config/locales.ts';

const titles = (config as { title: Record<string, string> }).title;
const fallback = titles[locales.root.lang] ?? Object.values(titles)[0];

export const siteTitles = Object.fromEntries(langs.map((l) => [l, titles[l] ?? fallback])) as Record<Lang, string>;
