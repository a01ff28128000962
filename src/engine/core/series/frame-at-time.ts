/**
 * Frame at a time: binary searches over frame times in time order (seconds, or any sorted key). The one place
 * the engine, presenters, web app, simulator and scripts look a frame up by its time.
 */

/** First index in [from, to) whose time is at least `tS` (a lower bound); `to` when none. */
export function firstFrameAtOrAfter(
  times: ArrayLike<number>,
  tS: number,
  from = 0,
  to = times.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < tS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last index whose time is at most `tS`; -1 when there is none (no frames, every frame later, or `tS` NaN). */
export function lastFrameAtOrBefore(times: ArrayLike<number>, tS: number): number {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0 || !(times[0]! <= tS)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= tS) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The frame shown at time `tS` (a video's current frame): the last frame at or before it, the first frame before
 * the first one's time; -1 when there are no frames.
 */
export function frameShownAt(times: ArrayLike<number>, tS: number): number {
  if (times.length === 0) return -1;
  if (tS <= times[0]!) return 0;
  return Math.max(0, lastFrameAtOrBefore(times, tS));
}

/**
 * Index of the frame nearest in time to `tS`, -1 when there are no frames. A tie (`tS` halfway between two
 * frames) goes to the `tie` one: 'later' (a snapshot at an instant), 'earlier' (scoring against a truth grid).
 */
export function nearestFrame(
  times: ArrayLike<number>,
  tS: number,
  tie: 'earlier' | 'later' = 'later',
): number {
  const n = times.length;
  if (n === 0) return -1;
  const after = firstFrameAtOrAfter(times, tS, 0, n - 1);
  const before = after - 1;
  if (before < 0) return after;
  const toBefore = tS - times[before]!;
  const toAfter = times[after]! - tS;
  return toBefore < toAfter || (tie === 'earlier' && toBefore === toAfter) ? before : after;
}
