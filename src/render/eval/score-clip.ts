/**
 * Scores one analysed clip against its rendered ground truth: rep count, per-frame knee and hip-flexion
 * error (engine kinematics vs the true angles, frames inside true reps), per-rep fault calls (reps matched
 * by bottom time), not-assessable faults, and how well the pose model found the figure (keypoint scores on
 * the near-side hip, knee and ankle, and their pixel error against the projected joints).
 */
import {
  FORM_FAULT_IDS,
  LANDMARK_SETS,
  median,
  nearestFrame,
  type AnalysisReport,
  type FormFaultId,
  type KeypointTrack,
  type Kinematics,
} from '../../engine/index.js';
import { scoreRepFaults, type VerdictCounts } from '../../eval/score-rep-faults.js';
import type { RenderTruth } from '../ground-truth.js';

/** Per-rep faults the evaluation scores: the form faults (set-level and informational ones are left out). */
export const SCORED_FAULTS: readonly FormFaultId[] = FORM_FAULT_IDS;
export type ScoredFault = FormFaultId;

export interface FaultCounts {
  tp: number;
  fp: number;
  fn: number;
  /** True faults the engine said it could not judge: not misses (as in the simulator evaluation), counted apart. */
  notAssessedPositives: number;
}

export interface ClipScore {
  readonly trueReps: number;
  readonly detectedReps: number;
  readonly kneeAbsErrDeg: number[];
  readonly hipFlexionAbsErrDeg: number[];
  readonly faults: Record<ScoredFault, FaultCounts>;
  /** Scored fault ids the report listed as not assessable. */
  readonly notAssessable: ScoredFault[];
  /** Mean model score of near-side hip, knee, ankle over all frames (0 when missing). */
  readonly meanLegScore: number;
  /** Median pixel error of near-side hip, knee, ankle, in thigh lengths. */
  readonly medianLegErrThighs: number;
}

export function scoreClip(
  truth: RenderTruth,
  report: AnalysisReport,
  kinematics: Kinematics | undefined,
  track: KeypointTrack,
): ClipScore {
  // Detected reps matched to true reps, each scored fault judged on each (src/eval, as the simulator evaluation).
  const verdicts = Object.fromEntries(
    SCORED_FAULTS.map((id) => [id, { tp: 0, fp: 0, fn: 0, na: 0 }]),
  ) as Record<ScoredFault, VerdictCounts>;
  scoreRepFaults(truth.reps, report, SCORED_FAULTS, verdicts);
  const faults = Object.fromEntries(
    SCORED_FAULTS.map((id) => {
      const { tp, fp, fn, na } = verdicts[id];
      return [id, { tp, fp, fn, notAssessedPositives: na }];
    }),
  ) as Record<ScoredFault, FaultCounts>;

  const kneeErr: number[] = [];
  const hipErr: number[] = [];
  if (kinematics) {
    const inRep = (t: number): boolean => truth.reps.some((r) => t >= r.startS && t <= r.endS);
    for (let i = 0; i < kinematics.tS.length; i++) {
      const t = kinematics.tS[i]!;
      if (!inRep(t)) continue;
      const k = nearestFrame(
        truth.frames.map((f) => f.tS),
        t,
        'earlier',
      );
      const knee = kinematics.kneeDeg[i]!;
      const hip = kinematics.hipFlexionDeg[i]!;
      if (Number.isFinite(knee)) kneeErr.push(Math.abs(knee - truth.series.kneeDeg[k]!));
      if (Number.isFinite(hip)) hipErr.push(Math.abs(hip - truth.series.hipFlexionDeg[k]!));
    }
  }

  // Keypoint detection quality on the near-side leg.
  const side = truth.nearSide;
  const legNames = [`${side}_hip`, `${side}_knee`, `${side}_ankle`];
  const trackIdx = legNames.map((n) => LANDMARK_SETS[track.landmarkSet].names.indexOf(n));
  const truthIdx = legNames.map((n) => truth.names.indexOf(n));
  const thighPx = (f: readonly number[]): number => {
    const [h, k] = [truthIdx[0]!, truthIdx[1]!];
    return Math.hypot(f[2 * h]! - f[2 * k]!, f[2 * h + 1]! - f[2 * k + 1]!);
  };
  let scoreSum = 0;
  let scoreN = 0;
  const errs: number[] = [];
  const truthT = truth.frames.map((f) => f.tS);
  for (const frame of track.frames) {
    const gt = truth.frames[nearestFrame(truthT, frame.tS, 'earlier')]!.xy;
    const thigh = thighPx(gt);
    trackIdx.forEach((ti, j) => {
      const kp = ti >= 0 ? frame.keypoints[ti] : null;
      scoreN++;
      if (!kp) return;
      scoreSum += kp.score;
      const g = truthIdx[j]!;
      errs.push(Math.hypot(kp.x - gt[2 * g]!, kp.y - gt[2 * g + 1]!) / thigh);
    });
  }

  return {
    trueReps: truth.reps.length,
    detectedReps: report.reps.length,
    kneeAbsErrDeg: kneeErr,
    hipFlexionAbsErrDeg: hipErr,
    faults,
    notAssessable: SCORED_FAULTS.filter((id) => report.notAssessable.some((n) => n.id === id)),
    meanLegScore: scoreN > 0 ? scoreSum / scoreN : 0,
    medianLegErrThighs: median(errs),
  };
}
