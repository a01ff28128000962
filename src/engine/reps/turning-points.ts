/** A confirmed local extreme of a series: a peak (knee straightest) or a valley (knee most bent). */
export interface TurningPoint {
  readonly frame: number;
  readonly value: number;
  readonly kind: 'peak' | 'valley';
}

/**
 * Alternating peaks and valleys of a series with hysteresis: an extreme is confirmed only once the series has
 * moved `hysteresis` back from it, so noise and pauses (at the top, mid-way, at the bottom) make no turning
 * points. Missing samples (NaN) are skipped, so a gap does not split a movement. The extreme pending when the
 * series ends is appended, because the clip ends there. One pass, O(n).
 */
export function turningPoints(values: Float64Array, hysteresis: number): TurningPoint[] {
  const out: TurningPoint[] = [];
  let dir = 0; // 0 = not yet known, -1 = going down (tracking a valley), +1 = going up (tracking a peak)
  let maxV = -Infinity;
  let maxI = -1;
  let minV = Infinity;
  let minI = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (dir >= 0 && v > maxV) {
      maxV = v;
      maxI = i;
    }
    if (dir <= 0 && v < minV) {
      minV = v;
      minI = i;
    }
    if (dir >= 0 && maxI >= 0 && v <= maxV - hysteresis) {
      out.push({ frame: maxI, value: maxV, kind: 'peak' });
      dir = -1;
      minV = v;
      minI = i;
    } else if (dir <= 0 && minI >= 0 && v >= minV + hysteresis) {
      out.push({ frame: minI, value: minV, kind: 'valley' });
      dir = 1;
      maxV = v;
      maxI = i;
    }
  }
  if (dir < 0) out.push({ frame: minI, value: minV, kind: 'valley' });
  else if (dir > 0) out.push({ frame: maxI, value: maxV, kind: 'peak' });
  return out;
}
