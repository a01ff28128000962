import type { PointSeries } from './types.js';

/**
 * Rejects samples that leave the path of their two neighbours by more than `maxDeviationPx`: a point that jumps
 * away for one frame and comes back. Real motion bends its path only a little between samples (at a reversal,
 * about speed x frame interval), while a mislabelled or misplaced point can sit half a thigh off, and on fast
 * motion the Hampel window's spread is wide enough to let it through. The expected position is the neighbours'
 * time-weighted interpolation, so a steady movement of any speed is never rejected. Returns the number rejected.
 */
export function rejectJumps(point: PointSeries, tS: Float64Array, maxDeviationPx: number): number {
  const n = tS.length;
  const dev = new Float64Array(n); // 0 where it cannot be judged
  for (let i = 1; i + 1 < n; i++) {
    const x = point.x[i]!;
    const xa = point.x[i - 1]!;
    const xb = point.x[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(xa) || !Number.isFinite(xb)) continue;
    const span = tS[i + 1]! - tS[i - 1]!;
    const w = span > 0 ? (tS[i]! - tS[i - 1]!) / span : 0.5;
    const ex = xa + w * (xb - xa);
    const ey = point.y[i - 1]! + w * (point.y[i + 1]! - point.y[i - 1]!);
    dev[i] = Math.hypot(x - ex, point.y[i]! - ey);
  }
  // A jump also bends its neighbours' chords (by about half as much): only the local maximum is the jump.
  let rejected = 0;
  for (let i = 1; i + 1 < n; i++) {
    if (dev[i]! <= maxDeviationPx || dev[i]! < dev[i - 1]! || dev[i]! < dev[i + 1]!) continue;
    point.x[i] = Number.NaN;
    point.y[i] = Number.NaN;
    point.score[i] = 0;
    rejected++;
  }
  return rejected;
}
