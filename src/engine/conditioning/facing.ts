import { sampledMedianFinite } from '../core/series/median.js';
import type { PointSeries } from './types.js';

export interface FacingDecision {
  /** 'right' = knees at larger x than hips. */
  readonly facing: 'left' | 'right';
  /** Median horizontal knee-minus-hip offset (px): its size says how clear the decision was; NaN if never seen. */
  readonly kneeOffsetPx: number;
}

/** Median horizontal offset of `to` from `from` over frames where both are seen (NaN if never). */
function medianOffsetPx(from: PointSeries, to: PointSeries): number {
  const n = from.x.length;
  const dx = new Float64Array(n);
  for (let i = 0; i < n; i++) dx[i] = to.x[i]! - from.x[i]!;
  return sampledMedianFinite(dx);
}

/**
 * Which way the lifter faces, decided once for the whole set so downstream angles use one sign convention
 * throughout and never flip mid-set. On a leg press the feet are always in front of the hips, while at the bottom
 * of a deep rep on an upright machine the knees can come back level with or past the hips in the image: the
 * median hip-to-ankle offset decides when the ankle is seen, else the knee's. Defaults to 'right' when neither
 * is ever seen with the hip.
 */
export function decideFacing(hip: PointSeries, knee: PointSeries, ankle?: PointSeries): FacingDecision {
  const kneeOffsetPx = medianOffsetPx(hip, knee);
  const ankleOffsetPx = ankle !== undefined ? medianOffsetPx(hip, ankle) : Number.NaN;
  const offset = Number.isFinite(ankleOffsetPx) && ankleOffsetPx !== 0 ? ankleOffsetPx : kneeOffsetPx;
  return { facing: offset < 0 ? 'left' : 'right', kneeOffsetPx };
}
