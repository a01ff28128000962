import type { RepsConfig } from '../config/reps-config.js';
import { medianFinite, quantileFinite } from '../core/series/median.js';
import type { Kinematics } from '../kinematics/types.js';
import { measureRep } from './measure-rep.js';
import { maxFinite } from './phase-edges.js';
import { turningPoints, type TurningPoint } from './turning-points.js';
import { repSignal } from './rep-signal.js';
import type { IgnoredMovement, Rep, RepCutOff, RepSegmentation } from './types.js';

const fmt = (v: number): string => v.toFixed(0);

/** Change of the hip-ankle distance (shank lengths) when the knee bends from `topDeg` to `bottomDeg`, hip fixed. */
function kneeImpliedTravelShanks(topDeg: number, bottomDeg: number, thighPerShank: number): number {
  const r = thighPerShank;
  const reach = (deg: number): number => Math.sqrt(r * r + 1 - 2 * r * Math.cos((deg * Math.PI) / 180));
  return reach(topDeg) - reach(bottomDeg);
}

/** Median of a series over the frames within `half` of `frame` (one noisy frame does not decide). */
function medianNear(values: Float64Array, frame: number, half = 2): number {
  const frames: number[] = [];
  for (let f = Math.max(0, frame - half); f <= Math.min(values.length - 1, frame + half); f++) frames.push(f);
  return medianFinite(values, frames);
}

/**
 * How far the legs really shortened between a top and the bottom, shank lengths: the hip-to-ankle reach when the
 * kinematics carry it (it holds whichever part of the machine moves and while the camera pans), else the ankle's
 * travel along the sled axis.
 */
function legShortening(k: Kinematics, top0: number, bottom: number, top1: number): number {
  const reach = k.legReachShanks;
  if (reach !== undefined) {
    const atTop = Math.max(medianNear(reach, top0), medianNear(reach, top1));
    return atTop - medianNear(reach, bottom);
  }
  return maxFinite(k.sledTravelShanks, top0, top1) - k.sledTravelShanks[top0]!;
}

/** First and last frames with a knee angle: where the clip's movement begins and ends. */
function finiteSpan(values: Float64Array): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  return { first, last };
}

/**
 * Splits the set into reps with a hysteresis state machine on the knee angle. A rep is a descent from near the
 * set's top that reaches a bottom and comes back near the top; turning points in between that do not get back
 * near the top (a pause with a wobble, a half push and re-descent) stay inside the rep, and the deepest one is
 * its bottom. The hysteresis band grows with the set's range (capped), so keypoint wobbles on real lifters do not
 * split phases. A rep the clip cuts off (already descending at the first frame, still pushing at the last) counts
 * when most of its range is visible, marked `cutOff` so its missing phase is not timed. Movements before the first
 * start from the top (setup, a clip that begins at the bottom), after the last return (re-racking, a final
 * descent without return) and too small, too short or too long ones are listed as ignored, with why. The legs'
 * hip-to-ankle reach cross-checks that the machine really moved. O(n).
 */
export function segmentReps(k: Kinematics, config: RepsConfig): RepSegmentation {
  // The knee angle, or the one the legs' reach implies when the knee point disagrees with it (rep-signal.ts).
  const signal = repSignal(k, config);
  const knee = signal.kneeDeg;
  const measured: Kinematics = { ...k, kneeDeg: knee };
  const t = k.tS;
  const reps: Rep[] = [];
  const ignored: IgnoredMovement[] = [];
  const countedOn = signal.source;
  const top = quantileFinite(knee, config.topQuantile);
  if (!Number.isFinite(top)) return { reps, ignored, countedOn };

  const setRange = top - quantileFinite(knee, 1 - config.topQuantile);
  const hysteresis = Math.min(
    config.maxHysteresisDeg,
    Math.max(config.hysteresisDeg, config.hysteresisRangeFraction * setRange),
  );
  const points = turningPoints(knee, hysteresis);
  const ratio = k.reference.thighLengthPx / k.reference.shankLengthPx;
  const thighPerShank = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  const isTop = (p: TurningPoint): boolean => p.kind === 'peak' && p.value >= top - config.nearTopDeg;
  const ignore = (fromFrame: number, toFrame: number, reason: string): void => {
    ignored.push({ startS: t[fromFrame]!, endS: t[toFrame]!, reason });
  };
  const span = finiteSpan(knee);

  /** Counts the movement from top `p` down to `bottom` and up to `q`, or says why it is not a rep. */
  const consider = (p: TurningPoint, bottom: TurningPoint, q: TurningPoint, cutOff?: RepCutOff): void => {
    const rangeDeg = Math.min(p.value, q.value) - bottom.value;
    if (rangeDeg < config.minRangeDeg) {
      ignore(
        p.frame,
        q.frame,
        `partial movement: knee bent only ${fmt(rangeDeg)} deg (a rep needs ${fmt(config.minRangeDeg)})`,
      );
      return;
    }
    const moved = legShortening(k, p.frame, bottom.frame, q.frame);
    const expected = kneeImpliedTravelShanks(Math.min(p.value, q.value), bottom.value, thighPerShank);
    if (!(moved >= Math.max(config.minSledTravelShanks, config.minSledToKneeRatio * expected))) {
      ignore(
        p.frame,
        q.frame,
        'the knee angle changed but the legs hardly extended (tracking artefact or shifting in the seat)',
      );
      return;
    }
    const rep = measureRep(
      measured,
      { topBeforeFrame: p.frame, bottomFrame: bottom.frame, topAfterFrame: q.frame },
      reps.length + 1,
      config,
    );
    const durationS = rep.endS - rep.startS;
    if (durationS < config.minRepDurationS || durationS > config.maxRepDurationS) {
      ignore(
        p.frame,
        q.frame,
        `movement took ${durationS.toFixed(1)} s, outside a rep's ${config.minRepDurationS}-${config.maxRepDurationS} s`,
      );
      return;
    }
    reps.push(cutOff === undefined ? rep : { ...rep, cutOff });
  };
  const deepestBetween = (from: number, to: number): TurningPoint => {
    let bottom = points[from + 1]!;
    for (let m = from + 1; m < to; m++) if (points[m]!.value < bottom.value) bottom = points[m]!;
    return bottom;
  };
  // Enough of a cut-off rep is visible when the part seen spans most of its range on the complete side. The
  // legs' reach measures it where known (it is what "near the top" looks like, and it does not hang on the knee
  // point, which the first and last frames place least well); else the knee angle.
  const reach = k.legReachShanks;
  // The set's top reach, sorted for only when a cut-off rep needs it (an hour of video is 10^5 frames).
  let reachTop: number | undefined;
  const setTopReach = (r: Float64Array): number => (reachTop ??= quantileFinite(r, config.topQuantile));
  const mostlyVisible = (cut: TurningPoint, bottom: TurningPoint, whole: TurningPoint): boolean => {
    const level = (p: TurningPoint): number => (reach !== undefined ? medianNear(reach, p.frame) : p.value);
    // The complete side's top is the set's top reach (as tops are judged against the set's top knee angle).
    const topLevel = reach !== undefined ? Math.max(level(whole), setTopReach(reach)) : whole.value;
    const seen = level(cut) - level(bottom);
    const full = topLevel - level(bottom);
    if (!Number.isFinite(seen) || !Number.isFinite(full)) {
      return cut.value - bottom.value >= config.minVisibleRangeFraction * (whole.value - bottom.value);
    }
    return seen >= config.minVisibleRangeFraction * full;
  };

  // The clip starts in a descent (its first turning point is a peak below the top): a rep cut off at the start.
  const first = points[0];
  const cutStart =
    first !== undefined && first.kind === 'peak' && !isTop(first) && first.frame <= span.first + 1;
  let startIdx = cutStart ? 0 : -1;
  let startIsCut = cutStart;
  for (let j = 0; j < points.length; j++) {
    const q = points[j]!;
    if (!isTop(q)) continue;
    if (startIdx < 0) {
      if (j > 0) {
        ignore(
          points[0]!.frame,
          q.frame,
          'movement before the first descent from the top (setup, or the clip began mid-rep)',
        );
      }
      startIdx = j;
      continue;
    }
    if (j === startIdx) continue;
    const p = points[startIdx]!;
    // Peaks and valleys alternate, so at least one valley lies between two tops; the deepest is the bottom.
    const bottom = deepestBetween(startIdx, j);
    const rangeDeg = Math.min(p.value, q.value) - bottom.value;
    // A too-small movement whose return peak is clearly below where it started was a wobble on the way down,
    // not a return to the top: keep the earlier start so the rep it belongs to is still counted.
    if (!startIsCut && rangeDeg < config.minRangeDeg && q.value < p.value - hysteresis) continue;
    startIdx = j;
    if (startIsCut) {
      startIsCut = false;
      if (!mostlyVisible(p, bottom, q)) {
        ignore(p.frame, q.frame, 'the clip began in the middle of this rep, with most of its descent unseen');
        continue;
      }
      consider(p, bottom, q, 'start');
      continue;
    }
    consider(p, bottom, q);
  }

  const last = points.length - 1;
  const end = points[last];
  if (startIdx < 0 && last >= 0) {
    ignore(points[0]!.frame, points[last]!.frame, 'no movement started from the top of the range');
  } else if (startIdx >= 0 && startIdx < last && end !== undefined) {
    // The clip ends during a push (the last turning point is a peak short of the top): a rep cut off at the end.
    const p = points[startIdx]!;
    const endsPushing = end.kind === 'peak' && end.frame >= span.last - 1 && last - startIdx >= 2;
    const bottom = endsPushing ? deepestBetween(startIdx, last) : undefined;
    if (bottom !== undefined && mostlyVisible(end, bottom, p)) {
      consider(p, bottom, end, 'end');
    } else {
      ignore(p.frame, end.frame, 'descent without a return to the top (clip ended, or re-racking)');
    }
  }
  return { reps, ignored, countedOn };
}
