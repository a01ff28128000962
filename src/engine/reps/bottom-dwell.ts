import { crossingAfter, crossingBefore, firstAtMost, lastAtMost } from './phase-edges.js';

/**
 * Time spent at the bottom of a rep, robust to a brief keypoint dip in the knee angle.
 *
 * Two measures, the longer wins:
 * - strict: from entering to leaving `bandDeg` of the deepest frame (the definition on clean geometry);
 * - steady: the longest stretch near the bottom over which the knee varies by at most `bandDeg`.
 * A dip of a few degrees under a paused bottom drags the deepest frame down, so the strict band shrinks to the
 * dip itself; the steady stretch is still the pause (or the longer part of it beside the dip). On a rep that
 * turns at once (a V), both measure the same interval, so a true bounce is not lengthened.
 * The steady stretch is sought only where the knee is within `searchDeg` of the deepest frame.
 */
export function bottomDwellS(
  knee: Float64Array,
  t: Float64Array,
  from: number,
  bottom: number,
  to: number,
  bandDeg: number,
  searchDeg: number,
): number {
  const kneeMin = knee[bottom]!;
  const band = kneeMin + bandDeg;
  const d0 = firstAtMost(knee, from, bottom, band);
  const d1 = lastAtMost(knee, bottom, to, band);
  const strict = crossingAfter(knee, t, d1, band) - crossingBefore(knee, t, d0, band);
  const s0 = firstAtMost(knee, from, bottom, kneeMin + searchDeg);
  const s1 = lastAtMost(knee, bottom, to, kneeMin + searchDeg);
  const steady = s0 < 0 || s1 < 0 ? Number.NaN : longestSteadyS(knee, t, s0, s1, bandDeg);
  return Number.isFinite(steady) && !(steady <= strict) ? steady : strict;
}

/** Longest time span [i, j] within [from, to] whose finite knee values stay within `rangeDeg` of each other. */
function longestSteadyS(
  knee: Float64Array,
  t: Float64Array,
  from: number,
  to: number,
  rangeDeg: number,
): number {
  // Monotonic deques of frame indices: front of `lo` holds the window minimum, front of `hi` the maximum.
  const lo: number[] = [];
  const hi: number[] = [];
  let loHead = 0;
  let hiHead = 0;
  let left = from;
  let best = Number.NaN;
  for (let j = from; j <= to; j++) {
    const v = knee[j]!;
    if (!Number.isFinite(v)) continue;
    while (lo.length > loHead && knee[lo[lo.length - 1]!]! >= v) lo.pop();
    lo.push(j);
    while (hi.length > hiHead && knee[hi[hi.length - 1]!]! <= v) hi.pop();
    hi.push(j);
    while (knee[hi[hiHead]!]! - knee[lo[loHead]!]! > rangeDeg) {
      left++;
      if (lo[loHead]! < left) loHead++;
      if (hi[hiHead]! < left) hiHead++;
    }
    while (left < j && !Number.isFinite(knee[left]!)) left++;
    const span = t[j]! - t[left]!;
    if (!(span <= best)) best = span;
  }
  return best;
}
