import type { PointSeries } from '../conditioning/types.js';
import type { PadFrame } from './pad-frame.js';
import { medianFinite } from '../core/series/median.js';

function offPad(p: PointSeries, pad: PadFrame, thighLengthPx: number): Float64Array {
  const n = p.x.length;
  const out = new Float64Array(n);
  const { origin, front } = pad;
  for (let i = 0; i < n; i++) {
    out[i] = ((p.x[i]! - origin.x) * front.x + (p.y[i]! - origin.y) * front.y) / thighLengthPx;
  }
  return out;
}

/**
 * How far the head has come forward off the pad since the tops of reps, in thigh lengths. Uses the ear, and
 * the nose where the ear is missing; each is measured from its own top-of-rep position, since the ear and nose
 * sit at different distances from the pad.
 */
export function headDepartureThighs(
  ear: PointSeries | undefined,
  nose: PointSeries,
  topFrames: readonly number[],
  pad: PadFrame,
  thighLengthPx: number,
): Float64Array {
  const fromNose = offPad(nose, pad, thighLengthPx);
  const noseTop = medianFinite(fromNose, topFrames);
  const out = fromNose;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! - noseTop;
  if (ear === undefined) return out;
  const fromEar = offPad(ear, pad, thighLengthPx);
  const earTop = medianFinite(fromEar, topFrames);
  for (let i = 0; i < out.length; i++) {
    const e = fromEar[i]! - earTop;
    if (Number.isFinite(e)) out[i] = e;
  }
  return out;
}
