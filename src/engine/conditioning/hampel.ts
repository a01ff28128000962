import type { PointSeries } from './types.js';

/** Hampel's scale factor: 1.4826 x MAD estimates the standard deviation of Gaussian noise. */
const MAD_TO_SIGMA = 1.4826;

export interface HampelParams {
  /** Frames each side of the sample (window = 2 x half + 1). */
  readonly halfWindow: number;
  /** Rejection threshold in robust standard deviations. */
  readonly sigmas: number;
  /** Deviations up to this (same unit as the values) are never outliers, even when the window is flat (MAD = 0). */
  readonly minDeviation: number;
}

/** Inserts v into the sorted sorted[0..m), keeping it sorted; returns the new count. */
function insertSorted(sorted: Float64Array, m: number, v: number): number {
  let j = m - 1;
  while (j >= 0 && sorted[j]! > v) {
    sorted[j + 1] = sorted[j]!;
    j--;
  }
  sorted[j + 1] = v;
  return m + 1;
}

/** Removes one copy of v (present) from the sorted sorted[0..m); returns the new count. */
function removeSorted(sorted: Float64Array, m: number, v: number): number {
  let k = 0;
  while (k < m - 1 && sorted[k] !== v) k++;
  for (; k < m - 1; k++) sorted[k] = sorted[k + 1]!;
  return m - 1;
}

/** Replaces one copy of `out` (present) in the sorted sorted[0..m) by `into`, keeping it sorted (one sweep). */
function replaceSorted(sorted: Float64Array, m: number, out: number, into: number): void {
  let k = 0;
  while (k < m - 1 && sorted[k] !== out) k++;
  if (into >= out) {
    while (k + 1 < m && sorted[k + 1]! < into) {
      sorted[k] = sorted[k + 1]!;
      k++;
    }
  } else {
    while (k > 0 && sorted[k - 1]! > into) {
      sorted[k] = sorted[k - 1]!;
      k--;
    }
  }
  sorted[k] = into;
}

/**
 * Median absolute deviation from `med` of the sorted sorted[0..m) without sorting again: the deviations below
 * and above the median are each already ordered, so the middle one(s) come from merging the two runs outwards.
 */
function madOfSorted(sorted: Float64Array, m: number, med: number): number {
  let right = 0;
  while (right < m && sorted[right]! < med) right++;
  let left = right - 1;
  const mid = m >> 1;
  let prev = 0;
  let cur = 0;
  for (let k = 0; k <= mid; k++) {
    prev = cur;
    const dl = left >= 0 ? Math.abs(sorted[left]! - med) : Number.POSITIVE_INFINITY;
    const dr = right < m ? Math.abs(sorted[right]! - med) : Number.POSITIVE_INFINITY;
    if (dl <= dr) {
      cur = dl;
      left--;
    } else {
      cur = dr;
      right++;
    }
  }
  return m % 2 === 1 ? cur : (prev + cur) / 2;
}

/**
 * Flags outliers of one coordinate series (flags[i] = 1): a sample is an outlier when it lies further than
 * `sigmas` robust standard deviations (median absolute deviation) from the median of its window. Missing
 * samples (NaN) are skipped inside the window, never flagged, and never filled. A genuine step survives: on
 * either side of it the window median already follows the new level. Does not change `values`.
 *
 * O(n x window) with no sorting and no allocation per sample: the window's finite values are kept sorted as it
 * slides (the sample leaving is replaced by the one entering), which gives the median directly and the MAD by a merge. This
 * runs on every coordinate of every frame (an hour of video is ~3 million samples).
 */
export function hampelFlags(values: Float64Array, params: HampelParams, flags: Uint8Array): void {
  const n = values.length;
  const h = Math.max(1, Math.floor(params.halfWindow));
  const sorted = new Float64Array(2 * h + 1);
  const minDev = params.minDeviation;
  const madLimit = params.sigmas * MAD_TO_SIGMA;
  // The window of sample i is [i - h, i + h] clipped to the series; start with that of sample 0 minus its end.
  let m = 0;
  for (let j = 0; j < Math.min(n, h); j++) {
    const w = values[j]!;
    if (Number.isFinite(w)) m = insertSorted(sorted, m, w);
  }
  for (let i = 0; i < n; i++) {
    const leave = i - h - 1;
    const enter = i + h;
    const out = leave >= 0 ? values[leave]! : Number.NaN;
    const into = enter < n ? values[enter]! : Number.NaN;
    if (Number.isFinite(out) && Number.isFinite(into)) replaceSorted(sorted, m, out, into);
    else {
      if (Number.isFinite(out)) m = removeSorted(sorted, m, out);
      if (Number.isFinite(into)) m = insertSorted(sorted, m, into);
    }
    const v = values[i]!;
    // With fewer than 3 samples in view there is no majority to call the sample an outlier.
    if (m < 3 || !Number.isFinite(v)) continue;
    const mid = m >> 1;
    const med = m % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    const dev = Math.abs(v - med);
    if (dev <= minDev) continue;
    if (dev > madLimit * madOfSorted(sorted, m, med)) flags[i] = 1;
  }
}

/**
 * Rejects outlying points of a 2D series in place: a point is dropped (x, y = NaN, score = 0) when either
 * coordinate is a Hampel outlier. Returns how many points were rejected. `flags` is scratch of length n.
 */
export function hampelRejectPoints(point: PointSeries, params: HampelParams, flags: Uint8Array): number {
  flags.fill(0);
  hampelFlags(point.x, params, flags);
  hampelFlags(point.y, params, flags);
  let rejected = 0;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] !== 1) continue;
    point.x[i] = Number.NaN;
    point.y[i] = Number.NaN;
    point.score[i] = 0;
    rejected++;
  }
  return rejected;
}
