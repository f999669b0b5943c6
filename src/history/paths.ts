// Where the history pages live, per language, without the deployment base.
import { localePath, type Lang } from '../config/locales.ts';

export const feedPath = (lang: Lang) => `${localePath(lang)}feed.xml`;
export const changesPath = (lang: Lang) => localePath(lang, 'changes');
export const statusPath = (lang: Lang) => localePath(lang, 'translation-status');

/** `/changes/?since=2026-11-20&topic=introspection`: the sections of a topic changed after a day. */
export const changesSince = (lang: Lang, since: string, topic?: string) => `${changesPath(lang)}?since=${since}${topic ? `&topic=${topic}` : ''}`;
