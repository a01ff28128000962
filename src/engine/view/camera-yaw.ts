import { RAD_TO_DEG } from '../core/geometry.js';
import type { ViewConfig } from '../config/view-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import { distanceSeries } from '../kinematics/series-stats.js';
import { medianFinite, quantileFinite } from '../core/series/median.js';
import { estimateDepthYawDeg } from './depth-yaw.js';

/** Robust "true" segment length in the image: a high quantile, i.e. the least foreshortened frames. */
function segmentPx(a: PointSeries | undefined, b: PointSeries | undefined): number {
  if (a === undefined || b === undefined) return Number.NaN;
  return quantileFinite(distanceSeries(a.x, a.y, b.x, b.y), 0.95);
}

/** Frame i of p is seen: finite and, when `minScore` is given, scored at least that (not a guess). */
function seenAt(p: PointSeries, i: number, minScore: number): boolean {
  return Number.isFinite(p.x[i]!) && Number.isFinite(p.y[i]!) && p.score[i]! >= minScore;
}

function validFraction(p: PointSeries | undefined, minScore: number): number {
  if (p === undefined || p.x.length === 0) return 0;
  let seen = 0;
  for (let i = 0; i < p.x.length; i++) if (seenAt(p, i, minScore)) seen++;
  return seen / p.x.length;
}

/**
 * Yaw from the median horizontal separation of the two sides of a body part of known width (NaN if unseen):
 * a camera turned towards the lifter's front or back shows the body's left-right axis at width x sin(yaw)
 * across the image. Only the horizontal part counts: the far side also sits a little nearer the image centre
 * than the near one (perspective), which separates the sides vertically in a side view filmed from close by.
 */
function yawFromSeparation(
  near: PointSeries | undefined,
  far: PointSeries | undefined,
  widthPx: number,
  minFarScore: number,
): number {
  if (near === undefined || far === undefined || !(widthPx > 0)) return Number.NaN;
  const n = near.x.length;
  const sep = new Float64Array(n);
  for (let i = 0; i < n; i++)
    sep[i] = seenAt(far, i, minFarScore) ? Math.abs(near.x[i]! - far.x[i]!) : Number.NaN;
  const s = medianFinite(sep);
  return Math.asin(Math.min(1, s / widthPx)) * RAD_TO_DEG;
}

export interface YawEstimate {
  /** Degrees away from side-on; NaN when the near-side leg is never seen. */
  readonly yawDeg: number;
  readonly thighPx: number;
  /** The part of the estimate from the model's depth (depth-yaw.ts); NaN when the track has no depth. */
  readonly depthYawDeg: number;
}

/**
 * Camera yaw from 2D cues. Side-on, the left and right hips, shoulders and knees overlap horizontally; turning
 * the camera towards the lifter's front or back separates them by width x sin(yaw). Each pair is read only
 * where the far joint is seen confidently, and only when the far hips or shoulders are seen in enough frames:
 * a far side hidden behind the body is itself a side-on cue (yaw 0). A thigh much shorter than the shank in
 * the image points at the camera, which sets a floor on the yaw; with a 3D-aware model, the thigh's depth sets
 * another. Each cue can only miss a turn (a far side drawn onto the near one, as BlazePose does with the hips
 * at 30 deg; knees held close together; a thigh seen at full length), so the largest is kept; the shoulders,
 * which perspective separates most, only averaged with the hips.
 */
export function estimateCameraYaw(track: ConditionedTrack, config: ViewConfig): YawEstimate {
  const { near, far } = track;
  const thighPx = segmentPx(near.hip, near.knee);
  const shankPx = segmentPx(near.knee, near.ankle);
  const trunkPx = segmentPx(near.shoulder, near.hip);
  if (!Number.isFinite(thighPx)) return { yawDeg: Number.NaN, thighPx, depthYawDeg: Number.NaN };

  // Only far points the model is sure of: a hidden far joint is a low-scored guess offset from the near one,
  // whose separation would read as an oblique view in noisy side-on clips.
  const minScore = config.minFarSideScore;
  const farSeen = Math.max(validFraction(far.hip, minScore), validFraction(far.shoulder, minScore));
  let yawDeg = 0;
  if (farSeen >= config.minFarSideValidFraction) {
    const hip = yawFromSeparation(near.hip, far.hip, config.hipWidthThighs * thighPx, minScore);
    const shoulder = yawFromSeparation(
      near.shoulder,
      far.shoulder,
      config.shoulderWidthTrunks * trunkPx,
      minScore,
    );
    // The far knee is hidden behind the near leg side-on: it counts only where it is seen in enough frames.
    const knee =
      validFraction(far.knee, minScore) >= config.minFarSideValidFraction
        ? yawFromSeparation(near.knee, far.knee, config.kneeWidthThighs * thighPx, minScore)
        : Number.NaN;
    // Shoulders sit towards the image edge, where perspective alone moves the far side towards the centre
    // (side-on simulated sets: up to ~28 deg from the shoulders, under 10 from the hips and knees), so they
    // count only averaged with the hips; the hips and knees, nearer the centre, each count alone as well.
    const pair = [hip, shoulder].filter(Number.isFinite);
    const estimates = [
      hip,
      knee,
      pair.length > 0 ? pair.reduce((a, b) => a + b, 0) / pair.length : Number.NaN,
    ];
    const seen = estimates.filter(Number.isFinite);
    if (seen.length > 0) yawDeg = Math.max(...seen);
  }
  const ratio = thighPx / shankPx;
  if (ratio < config.minSideThighShankRatio) yawDeg = Math.max(yawDeg, Math.acos(ratio) * RAD_TO_DEG);
  const depthYawDeg = estimateDepthYawDeg(near.hip, near.knee, thighPx, config);
  if (Number.isFinite(depthYawDeg)) yawDeg = Math.max(yawDeg, depthYawDeg);
  return { yawDeg, thighPx, depthYawDeg };
}
