import { firstFrameAtOrAfter } from '../core/series/frame-at-time.js';
import { fitLine } from '../core/series/fit-line.js';
/**
 * Sled speed over a short window as the least-squares slope of sled travel against time (shank lengths per
 * second, positive = lowering). A point derivative of noisy travel swings by more than the speed itself at high
 * keypoint noise; the slope over a window averages the jitter of every frame in it. NaN when fewer than
 * `minFrames` frames in [fromFrame, toFrame] have a travel value.
 */
export function travelSlope(
  travel: ArrayLike<number>,
  tS: ArrayLike<number>,
  fromFrame: number,
  toFrame: number,
  minFrames = 3,
): number {
  const fit = fitLine(travel, tS, fromFrame, toFrame);
  return fit.n < minFrames ? Number.NaN : fit.slope;
}

/**
 * The frames of a window of `windowS` seconds ending at (`side` 'before') or starting at ('after') `frame`,
 * widened to at least `minFrames` frames so a low frame rate still gives a fit.
 */
export function windowFrames(
  tS: ArrayLike<number>,
  frame: number,
  windowS: number,
  side: 'before' | 'after',
  minFrames = 3,
): { readonly from: number; readonly to: number } {
  const last = tS.length - 1;
  if (side === 'before') {
    let from = firstFrameAtOrAfter(tS, (tS[frame] as number) - windowS, 0, frame + 1);
    from = Math.max(0, Math.min(from, frame - (minFrames - 1)));
    return { from, to: frame };
  }
  let to = firstFrameAtOrAfter(tS, (tS[frame] as number) + windowS, frame, last + 1);
  to = Math.min(last, Math.max(Math.min(to, last), frame + (minFrames - 1)));
  return { from: frame, to };
}
