/** Plain-text views of the training log for the terminal: recent sets, weekly trends, next-session advice. */
import type { NextSessionJson } from '../../formats/training-log/index.js';
import type { LoggedSet, SetAnalysis, WeekTrend } from '../../log/index.js';
import { sourceWords } from '../../present/vocabulary/index.js';

const num = (v: number | undefined | null) =>
  v === undefined || v === null ? '-' : String(Number(v.toFixed(1)));

function painText(set: LoggedSet): string {
  const { during, after, nextMorning } = set.pain;
  return `${num(during)}/${num(after)}/${num(nextMorning)}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatSet(set: LoggedSet): string {
  const effort = set.rir !== undefined ? ` RIR ${set.rir}` : set.rpe !== undefined ? ` RPE ${set.rpe}` : '';
  const a = set.analysis;
  const video = a
    ? `; video: ${a.repsSeen} reps${a.verdict === 'not_judged' ? ', not judged' : ''}${a.hipFlexionMaxDeg !== undefined ? `, hip flexion max ${num(a.hipFlexionMaxDeg)} deg` : ''}${a.faults.length > 0 ? `, ${a.faults.map((f) => `${f.id} x${f.count}`).join(', ')}` : ''}`
    : '';
  return `#${set.id} ${set.atIso}  ${num(set.loadKg)} kg x ${set.reps}${effort}  pain ${painText(set)}${video}`;
}

/** The video column: the faults seen; "not judged" (never "clean") when the video could not judge the set. */
function videoFaultsText(a: SetAnalysis): string {
  const faults = a.faults.map((f) => `${f.id} x${f.count}`).join(', ');
  if (a.verdict === 'not_judged') return faults === '' ? 'not judged' : `not judged; ${faults}`;
  return faults || 'clean';
}

export function formatRecentSets(sets: readonly LoggedSet[]): string {
  const rows = sets.map((s) => [
    `#${s.id}`,
    s.atIso.slice(0, 16).replace('T', ' '),
    num(s.loadKg),
    String(s.reps),
    s.rir !== undefined ? `RIR ${s.rir}` : s.rpe !== undefined ? `RPE ${s.rpe}` : '-',
    painText(s),
    s.analysis ? videoFaultsText(s.analysis) : '-',
  ]);
  return table(['set', 'when', 'kg', 'reps', 'effort', 'pain d/a/m', 'video faults'], rows);
}

/** Weekly trends with a bar for volume load, so the trend shows at a glance. */
export function formatTrends(weeks: readonly WeekTrend[]): string {
  const maxVolume = Math.max(1, ...weeks.map((w) => w.volumeLoadKg));
  const rows = weeks.map((w) => [
    w.weekStart,
    String(w.sessions),
    String(w.sets),
    num(w.volumeLoadKg),
    `${num(w.topSetKg)}x${w.topSetReps}`,
    `${num(w.painDuringMax)}/${num(w.painAfterMax)}/${num(w.painNextMorningMax)}`,
    num(w.hipFlexionMaxDeg),
    w.eccentricMeanS === null ? '-' : `${num(w.eccentricMeanS)} s`,
    '#'.repeat(Math.max(1, Math.round((w.volumeLoadKg / maxVolume) * 20))),
  ]);
  return table(
    [
      'week of',
      'sessions',
      'sets',
      'volume kg',
      'top set',
      'pain max d/a/m',
      'hip flex max',
      'lowering',
      'volume',
    ],
    rows,
  );
}

/** The advice as worded by the vocabulary (wordNextSession); its sources once each, after the reasons. */
export function formatNext(next: NextSessionJson): string {
  const lines = [`Next session: ${next.headline}`];
  if (next.loadKg !== null) {
    lines.push(
      `  load ${num(next.loadKg)} kg for ${next.targetReps} reps (last: ${num(next.lastLoadKg)} kg)`,
    );
  }
  const rest = next.rest;
  lines.push(
    rest.hoursSinceLastHard === null
      ? '  rest: no hard leg session logged'
      : `  rest: ${rest.hoursSinceLastHard} h since your last hard leg session (${rest.ok ? 'ok' : `wait until ${rest.earliestIso}`})`,
  );
  lines.push(
    next.acwr.ratio === null
      ? '  load jump (ACWR): needs four weeks of log (information only)'
      : `  load jump (ACWR): ${next.acwr.ratio.toFixed(2)}${next.acwr.flagged ? ' - a jump' : ''} (information only)`,
  );
  lines.push('', 'Why:');
  for (const r of next.reasons) lines.push(`  - ${r.text}`);
  const cited = [...new Set(next.reasons.flatMap((r) => r.sources))];
  if (cited.length > 0) lines.push('', 'Sources:', ...cited.map((s) => `  - ${sourceWords(s)}`));
  return `${lines.join('\n')}\n`;
}
