import type { Vec2 } from '../core/geometry.js';
import type { KinematicsConfig } from '../config/kinematics-config.js';
import type { PointSeries } from '../conditioning/types.js';
import { distanceSeries } from './series-stats.js';
import { medianFinite, quantileFinite } from '../core/series/median.js';
import type { MachineReference } from './types.js';

export interface ReferenceJoints {
  readonly shoulder: PointSeries;
  readonly hip: PointSeries;
  readonly knee: PointSeries;
  readonly ankle: PointSeries;
}

const NAN_VEC: Vec2 = { x: Number.NaN, y: Number.NaN };

function medianPoint(p: PointSeries, frames: readonly number[]): Vec2 {
  return { x: medianFinite(p.x, frames), y: medianFinite(p.y, frames) };
}

/**
 * Frames at the top of reps: knee within `topBandDeg` of the set's straightest. "Straightest" is a high
 * quantile rather than the maximum so a single noisy frame cannot move it.
 */
export function topOfRepFrames(kneeDeg: Float64Array, config: KinematicsConfig): number[] {
  const straightest = quantileFinite(kneeDeg, config.straightestQuantile);
  const frames: number[] = [];
  if (!Number.isFinite(straightest)) return frames;
  const floor = straightest - config.topBandDeg;
  for (let i = 0; i < kneeDeg.length; i++) if (kneeDeg[i]! >= floor) frames.push(i);
  return frames;
}

/**
 * Principal direction of the ankle's motion (the sled's axis) from the 2x2 covariance of its positions,
 * oriented towards `towards`. NaN when the ankle is never seen or never moves.
 */
export function sledAxis(ankle: PointSeries, from: Vec2, towards: Vec2): Vec2 {
  const n = ankle.x.length;
  let count = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    const x = ankle.x[i]!;
    const y = ankle.y[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    count++;
    mx += x;
    my += y;
  }
  if (count < 2) return NAN_VEC;
  mx /= count;
  my /= count;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = ankle.x[i]! - mx;
    const dy = ankle.y[i]! - my;
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) continue;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx + syy > 0)) return NAN_VEC;
  // Major axis angle of a 2x2 covariance matrix, in closed form.
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  let ax = Math.cos(theta);
  let ay = Math.sin(theta);
  if (ax * (towards.x - from.x) + ay * (towards.y - from.y) < 0) {
    ax = -ax;
    ay = -ay;
  }
  return { x: ax, y: ay };
}

/**
 * The machine reference: back-pad line (shoulder-hip at the tops of reps), segment lengths (medians over the
 * set), hip and ankle positions at the top, and the sled axis. Everything is a median, so a few bad frames do
 * not move it; values are NaN when the joints were never seen.
 */
export function machineReference(
  joints: ReferenceJoints,
  kneeDeg: Float64Array,
  facing: 'left' | 'right',
  config: KinematicsConfig,
): MachineReference {
  const { shoulder, hip, knee, ankle } = joints;
  const topFrames = topOfRepFrames(kneeDeg, config);
  const hipAtTop = medianPoint(hip, topFrames);
  const shoulderAtTop = medianPoint(shoulder, topFrames);
  const ankleAtTop = medianPoint(ankle, topFrames);
  const thighLengthPx = medianFinite(distanceSeries(hip.x, hip.y, knee.x, knee.y));
  const shankLengthPx = medianFinite(distanceSeries(knee.x, knee.y, ankle.x, ankle.y));
  const dx = shoulderAtTop.x - hipAtTop.x;
  const dy = shoulderAtTop.y - hipAtTop.y;
  const len = Math.hypot(dx, dy);
  // The lifter's front is a quarter turn from the hip->shoulder line: clockwise on screen when the knees
  // point right, anticlockwise when they point left (upright lifter in either case).
  const padFrontNormal: Vec2 =
    len > 0 ? (facing === 'right' ? { x: -dy / len, y: dx / len } : { x: dy / len, y: -dx / len }) : NAN_VEC;
  return {
    padLine: { from: hipAtTop, to: shoulderAtTop },
    padFrontNormal,
    sledAxis: sledAxis(ankle, ankleAtTop, hipAtTop),
    thighLengthPx,
    shankLengthPx,
    topFrames,
    hipAtTop,
    ankleAtTop,
  };
}
