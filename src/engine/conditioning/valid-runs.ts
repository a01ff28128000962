/**
 * Calls `visit(start, end)` for each maximal run of finite values in `values` (`end` exclusive), in order.
 * Filters use it to work on contiguous data only and never bridge a gap (NaN).
 */
export function forEachValidRun(values: Float64Array, visit: (start: number, end: number) => void): void {
  const n = values.length;
  let i = 0;
  while (i < n) {
    while (i < n && !Number.isFinite(values[i]!)) i++;
    if (i >= n) return;
    const start = i;
    while (i < n && Number.isFinite(values[i]!)) i++;
    visit(start, i);
  }
}
