import { medianFinite } from './median.js';
import type { PointSeries } from './types.js';

export interface FacingDecision {
  /** 'right' = knees at larger x than hips. */
  readonly facing: 'left' | 'right';
  /** Median horizontal knee-minus-hip offset (px): its size says how clear the decision was; NaN if never seen. */
  readonly kneeOffsetPx: number;
}

/**
 * Which way the knees point, decided once for the whole set from the median knee-minus-hip offset, so
 * downstream angles use one sign convention throughout and never flip mid-set. Defaults to 'right' when the
 * hip and knee are never seen together.
 */
export function decideFacing(hip: PointSeries, knee: PointSeries): FacingDecision {
  const n = hip.x.length;
  const dx = new Float64Array(n);
  for (let i = 0; i < n; i++) dx[i] = knee.x[i]! - hip.x[i]!;
  const kneeOffsetPx = medianFinite(dx);
  return { facing: kneeOffsetPx < 0 ? 'left' : 'right', kneeOffsetPx };
}
