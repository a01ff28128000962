/**
 * The highest level a signal held for `minFrames` consecutive entries: the maximum over all windows of
 * `minFrames` entries of the window's minimum. NaN entries (unusable frames) break windows, so one noisy
 * frame or a gap never makes a fault. Returns null when no window is fully usable. O(n * minFrames).
 */
export function sustainedPeak(
  values: ArrayLike<number>,
  minFrames: number,
): { readonly value: number; readonly start: number } | null {
  const k = Math.max(1, Math.floor(minFrames));
  let best: { value: number; start: number } | null = null;
  for (let i = 0; i + k <= values.length; i++) {
    let min = Number.POSITIVE_INFINITY;
    for (let j = i; j < i + k; j++) {
      const v = values[j] as number;
      if (Number.isNaN(v)) {
        min = Number.NaN;
        break;
      }
      if (v < min) min = v;
    }
    if (!Number.isNaN(min) && (best === null || min > best.value)) best = { value: min, start: i };
  }
  return best;
}

/** Frame indices whose value is past `threshold` (or at it, if inclusive), the largest value first. */
export function framesPast(
  frames: readonly number[],
  values: ArrayLike<number>,
  threshold: number,
  inclusive = false,
): number[] {
  const out: { frame: number; value: number }[] = [];
  frames.forEach((frame, i) => {
    const v = values[i] as number;
    if (v > threshold || (inclusive && v === threshold)) out.push({ frame, value: v });
  });
  out.sort((a, b) => b.value - a.value || a.frame - b.frame);
  return out.map((o) => o.frame);
}

/**
 * The highest level a signal held for `minS` seconds over at least `minFrames` frames, the hold timed between
 * the interpolated crossings of that level, as knee_lockout times its hold. Counting whole frames instead (first
 * to last frame past the level) loses up to a frame interval, so a run needed one frame more than `minS` asks
 * for: 0.07 s at 15 fps against 0.02 s at 60 fps, a larger penalty the lower the rate. NaN entries break runs
 * and give no crossing. `timeS(i)` is the time of entry i. The longest hold shrinks as the level rises, so the
 * level is found by bisection to 0.1% of the window's range, O(n) per step. Null when no level is held that long.
 */
export function heldPeak(
  values: ArrayLike<number>,
  timeS: (i: number) => number,
  minFrames: number,
  minS: number,
): { readonly value: number; readonly start: number } | null {
  const n = values.length;
  const k = Math.max(1, Math.floor(minFrames));
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi >= lo)) return null;
  const crossing = (inside: number, outside: number, level: number): number => {
    const vo = outside >= 0 && outside < n ? (values[outside] as number) : Number.NaN;
    const vi = values[inside] as number;
    if (!Number.isFinite(vo) || !(vi > vo)) return timeS(inside);
    return timeS(inside) + ((vi - level) / (vi - vo)) * (timeS(outside) - timeS(inside));
  };
  /** Start of the first run of >= k entries at or past `level` held >= minS, or -1. */
  const heldRun = (level: number): number => {
    for (let i = 0; i < n; i++) {
      if (!((values[i] as number) >= level)) continue;
      let j = i;
      while (j + 1 < n && (values[j + 1] as number) >= level) j++;
      if (j - i + 1 >= k && crossing(j, j + 1, level) - crossing(i, i - 1, level) >= minS - 1e-9) return i;
      i = j;
    }
    return -1;
  };
  if (heldRun(lo) < 0) return null;
  if (heldRun(hi) >= 0) return { value: hi, start: heldRun(hi) };
  // Bisect to a thousandth of the signal's range in the window (10 steps): far below keypoint noise.
  const tolerance = Math.max(1e-9, (hi - lo) * 1e-3);
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    if (heldRun(mid) >= 0) lo = mid;
    else hi = mid;
  }
  return { value: lo, start: heldRun(lo) };
}
