/**
 * Plain-text rendering of a coach plan for terminals and text exports. Pure: returns a string; the caller
 * prints it. Sources are left out of the text (they are in the JSON) to keep it readable.
 */
import type { CoachPlan, PlanItem, PlanSectionId } from './advice/types.js';

export interface PresentPlanOptions {
  /** Wrap width in characters (default 88). */
  readonly width?: number;
  /** Print the plan's headline first (default true); off when a caller already printed it. */
  readonly showHeadline?: boolean;
  /** Sections to leave out, e.g. `see_someone` after a triage text that already says it. */
  readonly omitSections?: readonly PlanSectionId[];
  /** Print the not-a-diagnosis note at the end (default true). */
  readonly showNote?: boolean;
}

export function presentPlan(plan: CoachPlan, options: PresentPlanOptions = {}): string {
  const width = options.width ?? 88;
  const lines: string[] = [];
  const banner = plan.mode === 'red_flag' ? '!! ' : '';
  if (options.showHeadline !== false) lines.push(...wrap(`${banner}${plan.headline}`, width, ''), '');
  for (const section of plan.sections) {
    if (options.omitSections?.includes(section.id)) continue;
    lines.push(section.title.toUpperCase());
    section.items.forEach((item, i) =>
      lines.push(...presentItem(item, section.id === 'why' ? `${i + 1}.` : '-', width)),
    );
    lines.push('');
  }
  if (options.showNote !== false) lines.push(...wrap(plan.note, width, ''));
  return `${lines.join('\n').trimEnd()}\n`;
}

function presentItem(item: PlanItem, bullet: string, width: number): string[] {
  const indent = ' '.repeat(bullet.length + 3);
  const lines = wrap(`${bullet} ${item.title}: ${item.text}`, width, indent, '  ');
  if (item.because) lines.push(...wrap(item.because, width, indent, indent));
  for (const detail of item.details ?? []) lines.push(...wrap(`· ${detail}`, width, `${indent}  `, indent));
  return lines;
}

/** Greedy word wrap; `first` prefixes the first line, `rest` the following ones. */
export function wrap(text: string, width: number, rest: string, first = rest): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
