import { medianSegmentLengthPx } from './segment-length.js';
import type { PointSeries } from './types.js';

export interface LegPoints {
  readonly hip: PointSeries;
  readonly knee: PointSeries;
  readonly ankle: PointSeries;
}

function reject(p: PointSeries, i: number): void {
  p.x[i] = Number.NaN;
  p.y[i] = Number.NaN;
  p.score[i] = 0;
}

/** How far p[i] is from where its neighbours put it (their mean, or the one present); 0 when it has none. */
function jumpPx(p: PointSeries, i: number): number {
  const prev = i > 0 && Number.isFinite(p.x[i - 1]!) ? i - 1 : -1;
  const next = i + 1 < p.x.length && Number.isFinite(p.x[i + 1]!) ? i + 1 : -1;
  if (prev < 0 && next < 0) return 0;
  const ex = prev < 0 ? p.x[next]! : next < 0 ? p.x[prev]! : (p.x[prev]! + p.x[next]!) / 2;
  const ey = prev < 0 ? p.y[next]! : next < 0 ? p.y[prev]! : (p.y[prev]! + p.y[next]!) / 2;
  return Math.hypot(p.x[i]! - ex, p.y[i]! - ey);
}

/** Of a bone's two ends, the one that jumped more from its neighbouring frames. */
function jumpier(a: PointSeries, b: PointSeries, i: number): PointSeries {
  return jumpPx(a, i) >= jumpPx(b, i) ? a : b;
}

function lengthPx(a: PointSeries, b: PointSeries, i: number): number {
  return Math.hypot(a.x[i]! - b.x[i]!, a.y[i]! - b.y[i]!); // NaN when either is missing
}

/**
 * Rejects leg points that make a bone implausibly long or short. Thigh and shank are rigid and, seen from the
 * side, move in a plane nearly parallel to the image, so their image lengths hardly change over a set; a frame
 * where one is far off its set median is a mis-placed point, however confident the model was. A moving limb
 * widens the Hampel window's spread, so such a glitch mid-descent can pass it (e.g. a knee 0.5 thigh off for one
 * frame at 15 fps, read as a 40 deg knee spike that splits a rep). The point shared by the bad bones is
 * rejected: the knee when thigh and shank are both off; when one bone is off, whichever of its two ends jumped
 * more from its neighbouring frames. Returns the number rejected.
 */
export function rejectImplausibleBones(leg: LegPoints, toleranceFraction: number): number {
  const thighPx = medianSegmentLengthPx(leg.hip, leg.knee);
  const shankPx = medianSegmentLengthPx(leg.knee, leg.ankle);
  if (!(thighPx > 0) || !(shankPx > 0)) return 0;
  const off = (len: number, ref: number) => Math.abs(len / ref - 1) > toleranceFraction; // false for NaN
  let rejected = 0;
  for (let i = 0; i < leg.hip.x.length; i++) {
    const thighOff = off(lengthPx(leg.hip, leg.knee, i), thighPx);
    const shankOff = off(lengthPx(leg.knee, leg.ankle, i), shankPx);
    const culprit =
      thighOff && shankOff
        ? leg.knee
        : thighOff
          ? jumpier(leg.hip, leg.knee, i)
          : shankOff
            ? jumpier(leg.knee, leg.ankle, i)
            : undefined;
    if (culprit !== undefined) {
      reject(culprit, i);
      rejected++;
    }
  }
  return rejected;
}
