import { sampledMedianFinite } from '../core/series/median.js';
import type { PointSeries } from './types.js';

/** Median image length (px) of the segment a-b over frames where both points are present; NaN if never. */
export function medianSegmentLengthPx(a: PointSeries, b: PointSeries): number {
  const n = a.x.length;
  const len = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const dx = a.x[i]! - b.x[i]!;
    const dy = a.y[i]! - b.y[i]!;
    len[i] = Math.sqrt(dx * dx + dy * dy); // NaN when either point is missing
  }
  return sampledMedianFinite(len);
}
