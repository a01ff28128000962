import type { PointSeries } from '../conditioning/types.js';
import { robustCv } from './knee-uncertainty.js';
import { distanceSeries } from './series-stats.js';

/**
 * How far keypoint error moves the hip point (one standard deviation, thigh lengths), from how much the
 * measured thigh length varies over the set. The thigh is rigid, so its length changes only through keypoint
 * error; with independent errors of size s at hip and knee it varies by sqrt(2) s, so s / thigh = cv / sqrt(2).
 * Errors that follow the movement (a hip point dragged towards the knee as the leg bends) breathe the length
 * through every rep and show up here too. NaN when the thigh is never seen.
 */
export function hipPositionUncertaintyThighs(hip: PointSeries, knee: PointSeries): number {
  return robustCv(distanceSeries(hip.x, hip.y, knee.x, knee.y)) / Math.SQRT2;
}
