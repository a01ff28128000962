import type { PointSeries } from '../conditioning/types.js';

/**
 * Hip-to-ankle distance per frame, shank lengths. It shrinks as the knee bends whichever part of the machine
 * moves (the footplate on a sled, the seat on many horizontal presses) and whatever the camera does (a panning
 * hand-held phone moves every point alike), so it tells a real rep from a knee-point artefact where the ankle's
 * image position cannot. It does not use the knee point, so a knee-only glitch leaves it unchanged.
 */
export function legReachShanks(hip: PointSeries, ankle: PointSeries, shankLengthPx: number): Float64Array {
  const n = hip.x.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = Math.hypot(hip.x[i]! - ankle.x[i]!, hip.y[i]! - ankle.y[i]!) / shankLengthPx;
  }
  return out;
}
