/**
 * Plain-text rendering of a worded coach plan (src/present/vocabulary/plan-words.ts) for terminals and text
 * exports. Pure: returns a string; the caller prints it. Sources are left out of the text to keep it readable
 * (they are in the JSON); `showSources` lists them in a trailing "Sources" section.
 */
import type { PlanSectionId } from '../../coach/index.js';
import type { CoachPlanJson, PlanItemJson } from '../../formats/analysis-report/index.js';
import { sourceWords } from '../vocabulary/source-words.js';
import { wrap } from './wrap.js';

export interface PresentPlanOptions {
  /** Wrap width in characters (default 88). */
  readonly width?: number;
  /** Print the plan's headline first (default true); off when a caller already printed it. */
  readonly showHeadline?: boolean;
  /** Sections to leave out, e.g. `see_someone` after a triage text that already says it. */
  readonly omitSections?: readonly PlanSectionId[];
  /** Print the not-a-diagnosis note at the end (default true). */
  readonly showNote?: boolean;
  /** End with the sources the plan's items cite (default false). */
  readonly showSources?: boolean;
}

export function presentPlan(plan: CoachPlanJson, options: PresentPlanOptions = {}): string {
  const width = options.width ?? 88;
  const lines: string[] = [];
  const banner = plan.mode === 'red_flag' ? '!! ' : '';
  if (options.showHeadline !== false) lines.push(...wrap(`${banner}${plan.headline}`, width, ''), '');
  const shown = plan.sections.filter((s) => !options.omitSections?.includes(s.id));
  for (const section of shown) {
    lines.push(section.title.toUpperCase());
    section.items.forEach((item, i) =>
      lines.push(...presentItem(item, section.id === 'why' ? `${i + 1}.` : '-', width)),
    );
    lines.push('');
  }
  if (options.showNote !== false) lines.push(...wrap(plan.note, width, ''));
  if (options.showSources === true) lines.push('', ...sourceLines(shown, width));
  return `${lines.join('\n').trimEnd()}\n`;
}

function presentItem(item: PlanItemJson, bullet: string, width: number): string[] {
  const indent = ' '.repeat(bullet.length + 3);
  const lines = wrap(`${bullet} ${item.title}: ${item.text}`, width, indent, '  ');
  if (item.because) lines.push(...wrap(item.because, width, indent, indent));
  for (const detail of item.details ?? []) lines.push(...wrap(`· ${detail}`, width, `${indent}  `, indent));
  return lines;
}

/** Each source cited once, in the order first cited, with what it is. */
function sourceLines(sections: CoachPlanJson['sections'], width: number): string[] {
  const cited = [...new Set(sections.flatMap((s) => s.items.flatMap((i) => i.sources)))];
  if (cited.length === 0) return [];
  return ['SOURCES', ...cited.flatMap((id) => wrap(`- ${sourceWords(id)}`, width, '    ', '  '))];
}
