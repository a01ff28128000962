/** Index of the last frame at or before `tS` (binary search; frames are in time order). */
export function frameIndexAt(times: ArrayLike<number>, tS: number): number {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0) return -1;
  if (tS <= times[0]!) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (times[mid]! <= tS) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
