import { describe, expect, it } from 'vitest';
import { fillGaps } from './gap-fill.js';
import type { PointSeries } from './types.js';

const RATE_HZ = 30;

function pointFrom(
  fx: (tS: number) => number,
  n: number,
  missing: readonly number[],
): { p: PointSeries; tS: Float64Array } {
  const tS = Float64Array.from({ length: n }, (_, i) => i / RATE_HZ);
  const p: PointSeries = {
    x: Float64Array.from(tS, fx),
    y: Float64Array.from(tS, (t) => 2 * fx(t)),
    score: Float64Array.from(tS, (_, i) => 0.5 + i / (2 * n)),
  };
  for (const i of missing) {
    p.x[i] = NaN;
    p.y[i] = NaN;
    p.score[i] = 0;
  }
  return { p, tS };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

describe('fillGaps', () => {
  it('fills a short gap linearly on a straight path, with the lower neighbour score', () => {
    const { p, tS } = pointFrom((t) => 100 + 60 * t, 30, range(10, 14));
    const frames = new Uint8Array(30);
    expect(fillGaps(p, tS, 0.3, 'linear', frames)).toBe(4);
    for (const i of range(10, 14)) {
      expect(p.x[i]).toBeCloseTo(100 + 60 * tS[i]!, 9);
      expect(p.y[i]).toBeCloseTo(2 * (100 + 60 * tS[i]!), 9);
      expect(p.score[i]).toBe(p.score[9]);
      expect(frames[i]).toBe(1);
    }
  });

  it('cubic follows a curved path more closely than linear', () => {
    const curve = (t: number) => 200 * Math.sin(2 * Math.PI * 0.5 * t);
    const gap = range(12, 19);
    const lin = pointFrom(curve, 40, gap);
    const cub = pointFrom(curve, 40, gap);
    fillGaps(lin.p, lin.tS, 0.3, 'linear');
    fillGaps(cub.p, cub.tS, 0.3, 'cubic');
    let errLin = 0;
    let errCub = 0;
    for (const i of gap) {
      errLin += Math.abs(lin.p.x[i]! - curve(lin.tS[i]!));
      errCub += Math.abs(cub.p.x[i]! - curve(cub.tS[i]!));
    }
    expect(errCub).toBeLessThan(errLin / 3);
  });

  it('leaves gaps longer than the maximum missing, and never extrapolates at the ends', () => {
    const longGap = range(10, 20); // 11 frame steps between the valid neighbours = 0.37 s > 0.3 s
    const { p, tS } = pointFrom((t) => 50 + t, 40, [0, 1, ...longGap, 38, 39]);
    expect(fillGaps(p, tS, 0.3, 'cubic')).toBe(0);
    for (const i of [0, 1, ...longGap, 38, 39]) expect(Number.isNaN(p.x[i]!)).toBe(true);
  });

  it('measures gaps in time, so a variable frame rate is handled', () => {
    const tS = Float64Array.from([0, 0.1, 0.35, 0.4]);
    const p: PointSeries = {
      x: Float64Array.from([0, NaN, NaN, 4]),
      y: Float64Array.from([0, NaN, NaN, 4]),
      score: Float64Array.from([1, 0, 0, 1]),
    };
    expect(fillGaps(p, tS, 0.3, 'linear')).toBe(0); // 0.4 s between valid samples
    expect(fillGaps(p, tS, 0.5, 'linear')).toBe(2);
    expect(p.x[1]).toBeCloseTo(1, 9);
    expect(p.x[2]).toBeCloseTo(3.5, 9);
  });

  it('cubic fill of a still but jittery point stays close to it (noise is not extrapolated)', () => {
    const jitter = (t: number) => 400 + 1.5 * Math.sin(t * 97) + 1.5 * Math.cos(t * 61);
    const { p, tS } = pointFrom(jitter, 40, range(15, 23));
    fillGaps(p, tS, 0.3, 'cubic');
    for (const i of range(15, 23)) expect(Math.abs(p.x[i]! - 400)).toBeLessThan(6);
  });
});
