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
  let n = 0;
  let st = 0;
  let sv = 0;
  let stt = 0;
  let stv = 0;
  const t0 = tS[fromFrame] as number;
  for (let i = Math.max(0, fromFrame); i <= Math.min(toFrame, travel.length - 1); i++) {
    const v = travel[i] as number;
    if (!Number.isFinite(v)) continue;
    const t = (tS[i] as number) - t0;
    n++;
    st += t;
    sv += v;
    stt += t * t;
    stv += t * v;
  }
  const den = n * stt - st * st;
  if (n < minFrames || !(den > 0)) return Number.NaN;
  return (n * stv - st * sv) / den;
}

/** First frame whose time is at least `t` at or after `from` (binary search); `to + 1` when none. */
function firstFrameFrom(tS: ArrayLike<number>, from: number, to: number, t: number): number {
  let lo = from;
  let hi = to + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tS[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    let from = firstFrameFrom(tS, 0, frame, (tS[frame] as number) - windowS);
    from = Math.max(0, Math.min(from, frame - (minFrames - 1)));
    return { from, to: frame };
  }
  let to = firstFrameFrom(tS, frame, last, (tS[frame] as number) + windowS);
  to = Math.min(last, Math.max(Math.min(to, last), frame + (minFrames - 1)));
  return { from: frame, to };
}
