import { SOURCES } from '../../coach/index.js';

/** A source id as a reader sees it behind "Why?": what the source is, then where (`evidence.md §5`). */
export function sourceWords(id: string): string {
  const what = id in SOURCES ? SOURCES[id as keyof typeof SOURCES] : undefined;
  return what !== undefined ? `${what} (${id})` : id;
}
