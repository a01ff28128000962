import { fixFor, type FixCode } from './fault-fixes.js';
import type { Rep } from '../reps/types.js';
import { findingConfidence, marginFactor } from './confidence.js';
import { jointScoreAt, meanJointScore, type JointSet } from './joint-scores.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from './per-rep.js';
import { nearBottom, rangeFrames, wholeRep, type FrameRange } from './rep-windows.js';
import { framesPast, heldPeak } from './sustained.js';
import type { DetectorResult, FaultContext, FaultId, FaultMeasure } from './types.js';

/** A per-rep fault that fires when one per-frame signal stays past a warn (and alert) level. */
export interface SustainedFaultSpec {
  readonly id: FaultId;
  /** Joints that must be seen (score >= minJointConfidence) for a frame to count. */
  readonly joints: JointSet;
  readonly window: 'bottom' | 'rep';
  /** What the check looks for, for "not assessable" reasons, e.g. "whether your hips leave the pad". */
  readonly checks: string;
  /** The signal at a frame; NaN when not measurable. */
  value(frame: number): number;
  readonly warn: number;
  readonly alert: number;
  /** Fewest consecutive frames past the threshold; the run must also last `minSustainS` between crossings. */
  readonly minFrames: number;
  readonly measureName: string | ((peakFrame: number) => string);
  readonly unit: FaultMeasure['unit'];
  /** What to do instead (fault-fixes.ts). */
  readonly fixCode: FixCode;
  /** Optional second signal: rescale the confidence given the finding's frames. */
  adjustConfidence?(frames: readonly number[], confidence: number): number;
}

function windowOf(ctx: FaultContext, rep: Rep, window: SustainedFaultSpec['window']): FrameRange {
  return window === 'bottom' ? nearBottom(ctx, rep) : wholeRep(ctx, rep);
}

/** Check one rep: a finding, 'clean' when enough of it was seen, or 'unseen'. */
function checkRep(ctx: FaultContext, rep: Rep, spec: SustainedFaultSpec): RepCheck {
  const { faults } = ctx.config;
  const frames = rangeFrames(windowOf(ctx, rep, spec.window));
  const values = new Float64Array(frames.length);
  let covered = 0;
  frames.forEach((f, i) => {
    const v = spec.value(f);
    const usable = Number.isFinite(v) && jointScoreAt(ctx.track, spec.joints, f) >= faults.minJointConfidence;
    values[i] = usable ? v : Number.NaN;
    if (usable) covered++;
  });
  const { tS } = ctx.kinematics;
  const peak = heldPeak(values, (i) => tS[frames[i] as number] as number, spec.minFrames, faults.minSustainS);
  if (peak !== null && peak.value > spec.warn) {
    const severity = peak.value > spec.alert ? 'alert' : 'warn';
    const shown = framesPast(frames, values, spec.warn);
    const margin = marginFactor(peak.value - spec.warn, spec.alert - spec.warn);
    let confidence = findingConfidence(meanJointScore(ctx.track, spec.joints, shown), margin);
    if (spec.adjustConfidence) confidence = spec.adjustConfidence(shown, confidence);
    const peakFrame = shown[0] as number;
    return {
      id: spec.id,
      repIndex: rep.index,
      severity,
      confidence,
      frames: shown,
      measure: {
        name: typeof spec.measureName === 'string' ? spec.measureName : spec.measureName(peakFrame),
        value: peak.value,
        unit: spec.unit,
        threshold: severity === 'alert' ? spec.alert : spec.warn,
      },
      ...fixFor(spec.fixCode),
    };
  }
  return cleanOrUnseen(ctx, covered, frames.length);
}

/** Run a sustained-signal check over every rep. O(reps x frames per rep x minFrames). */
export function detectSustainedPerRep(ctx: FaultContext, spec: SustainedFaultSpec): DetectorResult {
  const where = spec.window === 'bottom' ? 'near the bottom' : 'during the rep';
  return detectPerRep(ctx, spec.checks, jointsUnseenReason(spec.joints, where, spec.checks), (rep) =>
    checkRep(ctx, rep, spec),
  );
}
