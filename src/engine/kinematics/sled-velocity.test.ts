import { describe, expect, it } from 'vitest';
import { derivativePerS } from './sled-velocity.js';

describe('derivativePerS', () => {
  it('uses real timestamps at a variable frame rate', () => {
    // x = 2t + 1 sampled at irregular times: the slope must be 2 everywhere.
    const t = Float64Array.from([0, 0.03, 0.05, 0.11, 0.12, 0.2, 0.33]);
    const x = t.map((v) => 2 * v + 1);
    const v = derivativePerS(x, t);
    for (const d of v) expect(d).toBeCloseTo(2, 9);
  });

  it('is exact for a parabola with central differences at even spacing', () => {
    const t = Float64Array.from([0, 0.1, 0.2, 0.3]);
    const x = t.map((v) => v * v);
    expect(derivativePerS(x, t)[1]).toBeCloseTo(0.2, 9);
    expect(derivativePerS(x, t)[2]).toBeCloseTo(0.4, 9);
  });

  it('propagates missing samples and falls back to one side next to a gap', () => {
    const t = Float64Array.from([0, 0.1, 0.2, 0.3, 0.4]);
    const x = Float64Array.from([0, 1, Number.NaN, 3, 4]);
    const v = derivativePerS(x, t);
    expect(v[2]).toBeNaN();
    expect(v[1]).toBeCloseTo(10, 9);
    expect(v[3]).toBeCloseTo(10, 9);
  });

  it('returns NaN for an isolated sample', () => {
    const v = derivativePerS(Float64Array.from([Number.NaN, 5, Number.NaN]), Float64Array.from([0, 1, 2]));
    expect(Array.from(v).every(Number.isNaN)).toBe(true);
  });
});
