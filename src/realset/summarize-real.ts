/**
 * Totals over scored real clips, per model: the goals (rep counts on side views and elsewhere, lockout
 * on locked and soft clips, alerts on clips labelled clean, side views left with no reps) and per-fault
 * tp / fp / fn / not assessable. Tables are Markdown so docs/accuracy.md can keep them as printed.
 */
import { FORM_FAULT_IDS, type FaultId } from '../engine/index.js';
import type { RealClipScore } from './score-real-clip.js';

export interface RealFaultCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Labelled present, but the analysis said it could not judge. */
  naPresent: number;
  /** Labelled absent and not judged (honest, not a miss). */
  naAbsent: number;
  /** False calls at alert severity: the goal is none. */
  fpAlert: number;
}

export interface RealModelSummary {
  readonly model: string;
  readonly clips: number;
  readonly side: { readonly clips: number; readonly repsRight: number; readonly noReps: number };
  readonly other: { readonly clips: number; readonly repsRight: number; readonly withinOne: number };
  readonly bottomsMatched: number;
  readonly bottomsLabelled: number;
  readonly lockedFlagged: string;
  readonly softFlagged: string;
  readonly faults: Record<FaultId, RealFaultCounts>;
  /** Alert-severity calls on clips labelled clean for that fault (goal: 0). */
  readonly alertsOnClean: number;
  /** Alert-severity calls of any fault on clips filmed off side-on (front, rear, oblique): a view that cannot judge should not alarm. */
  readonly alertsOffSide: number;
}

/** Real clips are labelled for the per-rep form faults. */
const SCORED: readonly FaultId[] = FORM_FAULT_IDS;

export function summarizeReal(scores: readonly RealClipScore[]): RealModelSummary[] {
  const models = [...new Set(scores.map((s) => s.model))];
  return models.map((model) => {
    const mine = scores.filter((s) => s.model === model);
    const repScored = mine.filter((s) => s.repsScored);
    const side = repScored.filter((s) => s.camera === 'side');
    const other = repScored.filter((s) => s.camera !== 'side');
    const faults = Object.fromEntries(
      SCORED.map((id) => [id, { tp: 0, fp: 0, fn: 0, naPresent: 0, naAbsent: 0, fpAlert: 0 }]),
    ) as Record<FaultId, RealFaultCounts>;
    for (const s of mine) {
      for (const id of SCORED) {
        const truth = s.truth[id];
        const call = s.calls[id];
        const c = faults[id];
        if (truth === 'unscored') continue;
        if (call === 'not_assessable') {
          if (truth === 'present') c.naPresent++;
          else c.naAbsent++;
        } else if (call === 'none') {
          if (truth === 'present') c.fn++;
        } else if (truth === 'present') {
          c.tp++;
        } else {
          c.fp++;
          if (call === 'alert') c.fpAlert++;
        }
      }
    }
    const locked = mine.filter((s) => s.truth.knee_lockout === 'present');
    const soft = mine.filter((s) => s.truth.knee_lockout === 'absent');
    const flagged = (s: RealClipScore): boolean =>
      s.calls.knee_lockout !== 'none' && s.calls.knee_lockout !== 'not_assessable';
    return {
      model,
      clips: mine.length,
      side: {
        clips: side.length,
        repsRight: side.filter((s) => s.repsOffBy === 0).length,
        noReps: side.filter((s) => s.detectedReps === 0 && s.repsRange[0] > 0).length,
      },
      other: {
        clips: other.length,
        repsRight: other.filter((s) => s.repsOffBy === 0).length,
        withinOne: other.filter((s) => s.repsOffBy <= 1).length,
      },
      bottomsMatched: mine.reduce((n, s) => n + s.bottomsMatched, 0),
      bottomsLabelled: mine.reduce((n, s) => n + s.bottomsLabelled, 0),
      lockedFlagged: `${locked.filter(flagged).length}/${locked.length}`,
      softFlagged: `${soft.filter(flagged).length}/${soft.length}`,
      faults,
      alertsOnClean: SCORED.reduce((n, id) => n + faults[id].fpAlert, 0),
      alertsOffSide: mine
        .filter((s) => s.camera !== 'side')
        .reduce((n, s) => n + SCORED.filter((id) => s.calls[id] === 'alert').length, 0),
    };
  });
}

const CALL_MARK: Record<string, string> = { alert: '!!', warn: '!', info: 'i', not_assessable: 'na' };

/** One row per clip and model: what a reader checks first (reps, view, verdict, calls). */
export function realClipTable(scores: readonly RealClipScore[]): string {
  const rows = scores.map((s) => {
    const calls = SCORED.filter((id) => s.calls[id] !== 'none' && s.calls[id] !== 'not_assessable')
      .map((id) => {
        const mark = CALL_MARK[s.calls[id]] ?? '';
        const wrong = s.truth[id] === 'absent' ? ' (false)' : s.truth[id] === 'present' ? ' (true)' : '';
        return `${id}${mark}${wrong}`;
      })
      .join(', ');
    const missed = SCORED.filter((id) => s.truth[id] === 'present' && s.calls[id] === 'none');
    const range = s.repsRange[0] === s.repsRange[1] ? `${s.repsRange[0]}` : s.repsRange.join('-');
    const reps = `${s.detectedReps} / ${range}${s.repsOffBy === 0 ? '' : ' x'}${s.repsScored ? '' : ' (unscored)'}`;
    return [
      s.clip,
      s.camera,
      s.model,
      s.view,
      reps,
      `${s.bottomsMatched}/${s.bottomsLabelled}`,
      s.verdict,
      calls + (missed.length > 0 ? `${calls ? '; ' : ''}missed ${missed.join(', ')}` : ''),
    ];
  });
  return markdownTable(
    ['clip', 'camera', 'model', 'view read', 'reps (got / right)', 'bottoms', 'verdict', 'calls'],
    rows,
  );
}

export function realSummaryTable(summaries: readonly RealModelSummary[]): string {
  const rows = summaries.map((m) => [
    m.model,
    `${m.side.repsRight}/${m.side.clips}`,
    `${m.other.repsRight}/${m.other.clips} (within one ${m.other.withinOne})`,
    `${m.side.noReps}`,
    `${m.bottomsMatched}/${m.bottomsLabelled}`,
    m.lockedFlagged,
    m.softFlagged,
    `${m.alertsOnClean}`,
    `${m.alertsOffSide}`,
  ]);
  return markdownTable(
    [
      'model',
      'side reps right',
      'other reps right',
      'side: no reps',
      'bottoms',
      'locked flagged',
      'soft flagged',
      'alerts on clean',
      'alerts off side-on',
    ],
    rows,
  );
}

export function realFaultTable(summaries: readonly RealModelSummary[]): string {
  const rows = summaries.flatMap((m) =>
    SCORED.map((id) => {
      const c = m.faults[id];
      return [m.model, id, c.tp, c.fp, c.fn, c.naPresent, c.naAbsent, c.fpAlert].map(String);
    }).filter((r) => r.slice(2).some((v) => v !== '0')),
  );
  return markdownTable(
    ['model', 'fault', 'tp', 'fp', 'fn', 'na (present)', 'na (absent)', 'fp at alert'],
    rows,
  );
}

function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
