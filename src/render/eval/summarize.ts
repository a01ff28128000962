/**
 * Aggregates clip scores into the evaluation summary (`--json` object) and a text table broken down by
 * camera yaw and pose model.
 */
import { FAULT_TRAITS, median } from '../../engine/index.js';
import { SCORED_FAULTS, type ClipScore, type ScoredFault } from './score-clip.js';

export interface ScoredRun {
  readonly caseId: string;
  readonly yawDeg: number;
  readonly model: string;
  /** Null when the analysis failed (no report). */
  readonly score: ClipScore | null;
}

export interface EvalSummary {
  readonly sets: number;
  readonly repCountExact: number;
  readonly angleMaeDeg: { readonly knee: number; readonly hipFlexion: number };
  readonly faults: Partial<
    Record<ScoredFault, { precision: number | null; recall: number | null; support: number }>
  >;
  readonly notAssessableRate: number;
  readonly meanLegScore: number;
  readonly medianLegErrThighs: number;
  readonly failedRuns: number;
}

const mean = (v: readonly number[]): number =>
  v.length ? v.reduce((a, b) => a + b, 0) / v.length : Number.NaN;
const round = (v: number, d = 3): number => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : v);

export function summarize(runs: readonly ScoredRun[]): EvalSummary {
  const ok = runs.filter((r) => r.score !== null).map((r) => r.score!);
  const exact = runs.filter((r) => r.score !== null && r.score.detectedReps === r.score.trueReps).length;
  const faults: EvalSummary['faults'] = {};
  for (const id of SCORED_FAULTS) {
    const c = ok.reduce(
      (a, s) => ({ tp: a.tp + s.faults[id].tp, fp: a.fp + s.faults[id].fp, fn: a.fn + s.faults[id].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    if (c.tp + c.fp + c.fn === 0) continue;
    faults[id] = {
      precision: c.tp + c.fp > 0 ? round(c.tp / (c.tp + c.fp)) : null,
      recall: c.tp + c.fn > 0 ? round(c.tp / (c.tp + c.fn)) : null,
      support: c.tp + c.fn,
    };
  }
  const naPairs = ok.reduce((a, s) => a + s.notAssessable.length, 0);
  return {
    sets: runs.length,
    repCountExact: round(runs.length ? exact / runs.length : Number.NaN),
    angleMaeDeg: {
      knee: round(mean(ok.flatMap((s) => s.kneeAbsErrDeg)), 2),
      hipFlexion: round(mean(ok.flatMap((s) => s.hipFlexionAbsErrDeg)), 2),
    },
    faults,
    notAssessableRate: round(ok.length ? naPairs / (ok.length * SCORED_FAULTS.length) : Number.NaN),
    meanLegScore: round(mean(ok.map((s) => s.meanLegScore))),
    medianLegErrThighs: round(median(ok.map((s) => s.medianLegErrThighs).filter(Number.isFinite))),
    failedRuns: runs.length - ok.length,
  };
}

const fmt = (v: number | null | undefined, d = 2): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(d);

/** Markdown table: one row per (model, yaw) group plus the overall rows per model. */
export function summaryTable(runs: readonly ScoredRun[]): string {
  const keyFaults = SCORED_FAULTS.filter((id) => FAULT_TRAITS[id].keyRepCheck);
  const head =
    '| model | yaw | sets | reps exact | knee MAE | hip MAE | leg score | leg err (thighs) | ' +
    keyFaults.map((f) => `${f} P/R`).join(' | ') +
    ' | not assessable |';
  const lines = [head, head.replace(/[^|]+/g, '---')];
  const models = [...new Set(runs.map((r) => r.model))];
  const yaws = [...new Set(runs.map((r) => r.yawDeg))].sort((a, b) => a - b);
  for (const model of models) {
    for (const yaw of [...yaws, -1]) {
      const group = runs.filter((r) => r.model === model && (yaw < 0 || r.yawDeg === yaw));
      if (!group.length) continue;
      const s = summarize(group);
      lines.push(
        `| ${model} | ${yaw < 0 ? 'all' : `${yaw}°`} | ${s.sets} | ${fmt(s.repCountExact)} | ${fmt(s.angleMaeDeg.knee, 1)} | ` +
          `${fmt(s.angleMaeDeg.hipFlexion, 1)} | ${fmt(s.meanLegScore)} | ${fmt(s.medianLegErrThighs)} | ` +
          keyFaults.map((f) => `${fmt(s.faults[f]?.precision)}/${fmt(s.faults[f]?.recall)}`).join(' | ') +
          ` | ${fmt(s.notAssessableRate)} |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * Markdown table of every scored fault per (model, yaw): `tp/fp/fn` and, after `na`, the true faults the
 * engine called not assessable (not misses). With one true case per fault and cell, rates would mislead.
 */
export function faultCountTable(runs: readonly ScoredRun[]): string {
  const head = `| model | yaw | ${SCORED_FAULTS.join(' | ')} |`;
  const lines = [head, head.replace(/[^|]+/g, '---')];
  const models = [...new Set(runs.map((r) => r.model))];
  const yaws = [...new Set(runs.map((r) => r.yawDeg))].sort((a, b) => a - b);
  for (const model of models) {
    for (const yaw of [...yaws, -1]) {
      const ok = runs
        .filter((r) => r.model === model && (yaw < 0 || r.yawDeg === yaw) && r.score !== null)
        .map((r) => r.score!);
      if (!ok.length) continue;
      const cells = SCORED_FAULTS.map((id) => {
        const c = ok.reduce(
          (a, s) => ({
            tp: a.tp + s.faults[id].tp,
            fp: a.fp + s.faults[id].fp,
            fn: a.fn + s.faults[id].fn,
            na: a.na + s.faults[id].notAssessedPositives,
          }),
          { tp: 0, fp: 0, fn: 0, na: 0 },
        );
        return `${c.tp}/${c.fp}/${c.fn}${c.na ? ` na ${c.na}` : ''}`;
      });
      lines.push(`| ${model} | ${yaw < 0 ? 'all' : `${yaw}°`} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
