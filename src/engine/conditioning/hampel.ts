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

/** Sorts buf[0..n) in place (insertion sort: windows are tiny) and returns its median. */
function medianOfFirst(buf: Float64Array, n: number): number {
  for (let i = 1; i < n; i++) {
    const v = buf[i]!;
    let j = i - 1;
    while (j >= 0 && buf[j]! > v) {
      buf[j + 1] = buf[j]!;
      j--;
    }
    buf[j + 1] = v;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? buf[mid]! : (buf[mid - 1]! + buf[mid]!) / 2;
}

/**
 * Flags outliers of one coordinate series (flags[i] = 1): a sample is an outlier when it lies further than
 * `sigmas` robust standard deviations (median absolute deviation) from the median of its window. Missing
 * samples (NaN) are skipped inside the window, never flagged, and never filled. A genuine step survives: on
 * either side of it the window median already follows the new level. Does not change `values`.
 */
export function hampelFlags(values: Float64Array, params: HampelParams, flags: Uint8Array): void {
  const n = values.length;
  const h = Math.max(1, Math.floor(params.halfWindow));
  const window = new Float64Array(2 * h + 1);
  const minDev = params.minDeviation;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const lo = Math.max(0, i - h);
    const hi = Math.min(n - 1, i + h);
    // Fast path without sorting: if at most half the window lies below v - minDev and at most half above
    // v + minDev, the window median is within minDev of v, so v is no outlier. True for most samples.
    let m = 0;
    let below = 0;
    let above = 0;
    for (let j = lo; j <= hi; j++) {
      const w = values[j]!;
      if (!Number.isFinite(w)) continue;
      m++;
      if (w < v - minDev) below++;
      else if (w > v + minDev) above++;
    }
    // With fewer than 3 samples in view there is no majority to call the sample an outlier.
    if (m < 3) continue;
    const half = (m - 1) >> 1;
    if (below <= half && above <= half) continue;
    m = 0;
    for (let j = lo; j <= hi; j++) {
      const w = values[j]!;
      if (Number.isFinite(w)) window[m++] = w;
    }
    const med = medianOfFirst(window, m);
    const dev = Math.abs(v - med);
    if (dev <= minDev) continue;
    for (let k = 0; k < m; k++) window[k] = Math.abs(window[k]! - med);
    const mad = medianOfFirst(window, m);
    if (dev > params.sigmas * MAD_TO_SIGMA * mad) flags[i] = 1;
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
