import type { AnalysisReport, FaultId, RepReport } from '../engine/index.js';
import { matchTrueReps, type TrueRepSpan } from './match-reps.js';

/** A fault call on one rep against the truth; 'na' = truly there but the engine said it could not judge it. */
export type CallVerdict = 'tp' | 'fp' | 'fn' | 'na';

/**
 * How one fault call scores: found and true is a hit, found and not true a false alarm whether or not the rep
 * was judged; true but not found is a miss, unless the engine said it could not judge it (counted apart, never
 * as a miss). Null when the fault is neither there nor called.
 */
export function callVerdict(truly: boolean, found: boolean, notAssessed: boolean): CallVerdict | null {
  if (truly && found) return 'tp';
  if (found) return 'fp';
  if (!truly) return null;
  return notAssessed ? 'na' : 'fn';
}

export interface VerdictCounts {
  tp: number;
  fp: number;
  fn: number;
  na: number;
}

/** One scored call, for listing disagreements. */
export interface RepFaultCall<T> {
  readonly id: FaultId;
  readonly truth: T;
  /** The counted rep matched to the true rep, if any. */
  readonly rep: RepReport | undefined;
  readonly verdict: CallVerdict;
}

/** A true rep with its faults, as the simulator and the renderer label them. */
export interface LabelledRep extends TrueRepSpan {
  readonly faults: readonly string[];
}

/**
 * Per-rep fault calls of one analysed set scored against its true reps: counted reps matched to true reps
 * (`matchTrueReps`), each fault in `ids` judged on each true rep (`callVerdict`; not judged for the set or for
 * that rep counts as not assessed), and every call on a counted rep with no true rep behind it a false alarm.
 * `counts` gains the verdicts; `onCall` sees each call in fault-then-rep order.
 */
export function scoreRepFaults<T extends LabelledRep>(
  truth: readonly T[],
  report: AnalysisReport,
  ids: readonly FaultId[],
  counts: Readonly<Partial<Record<FaultId, VerdictCounts>>>,
  onCall?: (call: RepFaultCall<T>) => void,
): void {
  const matched = matchTrueReps(truth, report.reps);
  const matchedReps = new Set(matched.filter((i) => i >= 0));
  const setNotAssessable = new Set<string>(report.notAssessable.map((n) => n.id));
  for (const id of ids) {
    const k = counts[id];
    if (k === undefined) continue;
    truth.forEach((t, j) => {
      const rep = report.reps[matched[j]!];
      const notAssessed = setNotAssessable.has(id) || (rep?.notAssessed ?? []).includes(id);
      const found = rep?.faults.some((f) => f.id === id) ?? false;
      const verdict = callVerdict(t.faults.includes(id), found, notAssessed);
      if (verdict === null) return;
      k[verdict]++;
      onCall?.({ id, truth: t, rep, verdict });
    });
    report.reps.forEach((r, i) => {
      if (!matchedReps.has(i)) k.fp += r.faults.filter((f) => f.id === id).length;
    });
  }
}
