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
