/**
 * Scores one analysis of a real clip against its hand labels: is the rep count inside the labelled range, how
 * many labelled bottoms a counted rep matches, and per fault whether the call agrees with what was seen by
 * eye. Labels below medium confidence are not scored (the realset README's rule).
 */
import {
  FAULT_IDS,
  FAULT_TRAITS,
  type AnalysisReport,
  type FaultId,
  type Severity,
} from '../engine/index.js';
import { matchReps } from '../eval/match-reps.js';
import { isScored, labelConfidence, type RealClipLabel } from './labels.js';

/** What the labels say about one fault in one clip. */
export type FaultTruth = 'present' | 'absent' | 'unscored';
/** What the analysis said: the worst severity it called, none, or that it could not judge. */
export type FaultCall = Severity | 'none' | 'not_assessable';

export interface RealClipScore {
  readonly clip: string;
  readonly camera: RealClipLabel['camera'];
  readonly model: string;
  readonly repsScored: boolean;
  readonly repsRange: readonly [number, number];
  readonly detectedReps: number;
  /** 0 inside the range, else how many reps outside it. */
  readonly repsOffBy: number;
  /** Labelled bottoms with a counted rep's bottom within `bottomToleranceS`. */
  readonly bottomsMatched: number;
  readonly bottomsLabelled: number;
  readonly view: string;
  readonly verdict: string;
  readonly truth: Readonly<Record<FaultId, FaultTruth>>;
  readonly calls: Readonly<Record<FaultId, FaultCall>>;
}

/** Labelled bottoms are +-0.2-0.4 s (labels.json confidence); a detected bottom within 0.6 s matches. */
export const BOTTOM_TOLERANCE_S = 0.6;

/**
 * Words in a label's free-text `faults` entries that name a fault id. The labels describe what was seen in
 * plain words ("knee lockout at top", "heels/feet lifting off the platform"), not ids.
 */
const FAULT_WORDS: readonly (readonly [FaultId, RegExp])[] = [
  ['knee_lockout', /lock/i],
  ['heel_lift', /heel|feet lift/i],
  ['pelvic_tuck', /pelvi|butt|tuck|hips? (lift|curl)/i],
  ['knee_valgus', /valgus|cave/i],
  ['head_lift', /head/i],
  ['bounce', /bounc/i],
  ['fast_eccentric', /too fast|fast (lower|descent)/i],
  ['too_deep', /knees? (to|near) (the )?chest|too deep/i],
];

function labelledPresent(label: RealClipLabel): Set<FaultId> {
  const present = new Set<FaultId>();
  for (const text of label.faults)
    for (const [id, words] of FAULT_WORDS) if (words.test(text)) present.add(id);
  return present;
}

/** What the labels say about each fault (set-level and informational faults are not labelled: unscored). */
export function faultTruth(label: RealClipLabel): Record<FaultId, FaultTruth> {
  const faultsScored = isScored(labelConfidence(label.confidence.faults));
  const present = labelledPresent(label);
  const truth = Object.fromEntries(
    FAULT_IDS.map((id): [FaultId, FaultTruth] => {
      if (!faultsScored) return [id, 'unscored'];
      return [id, present.has(id) ? 'present' : 'absent'];
    }),
  ) as Record<FaultId, FaultTruth>;
  // Only the per-rep form faults are labelled on real clips.
  for (const id of FAULT_IDS) if (!FAULT_TRAITS[id].form) truth[id] = 'unscored';

  // The top knee label is its own field: locked is a lockout, soft is not.
  const kneeScored = isScored(labelConfidence(label.confidence.topKnee)) && label.topKnee !== 'unclear';
  truth.knee_lockout = kneeScored ? (label.topKnee === 'locked' ? 'present' : 'absent') : 'unscored';

  // Knees near the chest is what too_deep names; a ~90 deg knee or a shallow rep is not.
  const depthScored = isScored(labelConfidence(label.confidence.depth));
  const depth = label.depth.toLowerCase();
  const deep = /very deep|knees near chest/.test(depth);
  const notDeep = /90 deg|shallow/.test(depth);
  truth.too_deep = depthScored && (deep || notDeep) ? (deep ? 'present' : 'absent') : 'unscored';
  return truth;
}

const SEVERITY_ORDER: readonly Severity[] = ['info', 'warn', 'alert'];
const worse = (a: Severity, b: Severity): Severity =>
  SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;

/** The worst call the report makes for each fault across its reps and set-level findings. */
export function faultCalls(report: AnalysisReport): Record<FaultId, FaultCall> {
  const calls = Object.fromEntries(FAULT_IDS.map((id): [FaultId, FaultCall] => [id, 'none'])) as Record<
    FaultId,
    FaultCall
  >;
  const note = (id: FaultId, s: Severity): void => {
    const c = calls[id];
    calls[id] = c === 'none' || c === 'not_assessable' ? s : worse(c, s);
  };
  for (const summary of report.faults) note(summary.id, summary.worstSeverity);
  for (const rep of report.reps) for (const f of rep.faults) note(f.id, f.severity);
  for (const na of report.notAssessable) if (calls[na.id] === 'none') calls[na.id] = 'not_assessable';
  return calls;
}

export function scoreRealClip(label: RealClipLabel, report: AnalysisReport, model: string): RealClipScore {
  const [fewest, most] = label.repsRange;
  const detectedReps = report.reps.length;
  const repsOffBy =
    detectedReps < fewest ? fewest - detectedReps : detectedReps > most ? detectedReps - most : 0;
  const bottomsMatched = matchReps(
    label.bottomTimesS,
    report.reps,
    (b, bottomS) => Math.abs(bottomS - b) <= BOTTOM_TOLERANCE_S,
    (b) => b,
  ).filter((i) => i >= 0).length;
  const v = report.view;
  return {
    clip: label.name,
    camera: label.camera,
    model,
    repsScored: isScored(labelConfidence(label.confidence.reps)),
    repsRange: [fewest, most],
    detectedReps,
    repsOffBy,
    bottomsMatched,
    bottomsLabelled: label.bottomTimesS.length,
    view: `${v.view}/${v.quality} ${Math.round(v.yawDeg)}deg`,
    verdict: report.verdict.level,
    truth: faultTruth(label),
    calls: faultCalls(report),
  };
}
