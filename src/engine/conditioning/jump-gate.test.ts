import { describe, expect, it } from 'vitest';
import { rejectJumps } from './jump-gate.js';
import type { PointSeries } from './types.js';

const FPS = 15;
const THIGH_PX = 100;
const MAX_DEV_PX = 0.3 * THIGH_PX;

function series(
  n: number,
  at: (tS: number) => { x: number; y: number },
): { p: PointSeries; tS: Float64Array } {
  const tS = Float64Array.from({ length: n }, (_, i) => i / FPS);
  const p = { x: new Float64Array(n), y: new Float64Array(n), score: new Float64Array(n).fill(1) };
  tS.forEach((t, i) => {
    const q = at(t);
    p.x[i] = q.x;
    p.y[i] = q.y;
  });
  return { p, tS };
}

describe('one-frame jump gate', () => {
  it('keeps a fast steady movement (3 thighs a second) whole', () => {
    const { p, tS } = series(30, (t) => ({ x: 3 * THIGH_PX * t, y: 0 }));
    expect(rejectJumps(p, tS, MAX_DEV_PX)).toBe(0);
  });

  it('keeps a sharp reversal at bounce speed (2 thighs a second) at 15 fps: a bounce bottom is one sample', () => {
    const { p, tS } = series(30, (t) => ({ x: 0, y: 2 * THIGH_PX * (1 - Math.abs(t - 1)) }));
    expect(rejectJumps(p, tS, MAX_DEV_PX)).toBe(0);
  });

  it('rejects a point half a thigh off for one frame, and only that point, mid-movement', () => {
    const { p, tS } = series(30, (t) => ({ x: 2 * THIGH_PX * t, y: 0 }));
    p.y[12] = 0.5 * THIGH_PX;
    expect(rejectJumps(p, tS, MAX_DEV_PX)).toBe(1);
    expect(Number.isNaN(p.x[12]!)).toBe(true);
    expect(Number.isFinite(p.x[11]!) && Number.isFinite(p.x[13]!)).toBe(true);
  });
});
