import type { PointSeries } from '../conditioning/types.js';
import type { PadFrame } from './pad-frame.js';

export interface HipDeparture {
  /** Off the pad line, positive = away from the pad towards the front, thigh lengths. */
  readonly departureThighs: Float64Array;
  /** Along the pad line, positive = towards the shoulders, thigh lengths. */
  readonly slideThighs: Float64Array;
}

/**
 * The hip's displacement from its top-of-rep position, split into "off the pad" and "along the pad", in thigh
 * lengths so it does not depend on how far the camera is (evidence.md §2: pelvis lift in thigh lengths).
 */
export function hipDeparture(hip: PointSeries, pad: PadFrame, thighLengthPx: number): HipDeparture {
  const n = hip.x.length;
  const departureThighs = new Float64Array(n);
  const slideThighs = new Float64Array(n);
  const { origin, along, front } = pad;
  for (let i = 0; i < n; i++) {
    const dx = hip.x[i]! - origin.x;
    const dy = hip.y[i]! - origin.y;
    departureThighs[i] = (dx * front.x + dy * front.y) / thighLengthPx;
    slideThighs[i] = (dx * along.x + dy * along.y) / thighLengthPx;
  }
  return { departureThighs, slideThighs };
}
