import { describe, expect, it } from 'vitest';
import { OneEuroFilter, causalSeriesFilter, oneEuroSeriesFilter } from './one-euro.js';

const params = { minCutoffHz: 1.5, beta: 0.01, derivateCutoffHz: 1 };

/** Lag (seconds) of a filter's output behind a ramp of `speed` px/s, measured once it settled. */
function rampLagS(beta: number, speed: number): number {
  const f = new OneEuroFilter({ ...params, beta });
  const rateHz = 30;
  let out = 0;
  let tS = 0;
  for (let i = 0; i < 90; i++) {
    tS = i / rateHz;
    out = f.apply(speed * tS, tS);
  }
  return (speed * tS - out) / speed;
}

describe('OneEuroFilter', () => {
  it('stays within the input range for a step and settles on the new level', () => {
    const f = new OneEuroFilter(params);
    const out: number[] = [];
    for (let i = 0; i < 120; i++) out.push(f.apply(i < 30 ? 100 : 300, i / 30));
    for (const v of out) {
      expect(v).toBeGreaterThanOrEqual(100);
      expect(v).toBeLessThanOrEqual(300);
    }
    expect(out[119]).toBeGreaterThan(299);
  });

  it('lags less behind a moving joint with a higher beta', () => {
    const lagLow = rampLagS(0, 300);
    const lagHigh = rampLagS(0.05, 300);
    expect(lagLow).toBeGreaterThan(0);
    expect(lagHigh).toBeGreaterThan(0);
    expect(lagHigh).toBeLessThan(lagLow);
  });

  it('handles a variable frame rate: the same motion sampled unevenly ends near the same value', () => {
    const even = new OneEuroFilter(params);
    const uneven = new OneEuroFilter(params);
    let a = 0;
    let b = 0;
    for (let i = 0; i <= 60; i++) a = even.apply(100 * Math.sin(i / 30), i / 30);
    for (let i = 0; i <= 60; i++) {
      if (i % 3 === 1) continue; // drop every third frame
      b = uneven.apply(100 * Math.sin(i / 30), i / 30);
    }
    expect(Math.abs(a - b)).toBeLessThan(2);
  });

  it('as a series filter, keeps NaN gaps and restarts after each gap', () => {
    const values = Float64Array.from([1, 2, 3, NaN, NaN, 50, 51]);
    const tS = Float64Array.from(values, (_, i) => i / 30);
    const out = new Float64Array(values.length);
    causalSeriesFilter(new OneEuroFilter(params)).apply(values, tS, out);
    expect(Number.isNaN(out[3]!)).toBe(true);
    expect(Number.isNaN(out[4]!)).toBe(true);
    expect(out[5]).toBe(50); // a restarted filter passes its first sample through
    expect(out[6]).toBeGreaterThanOrEqual(50);
    expect(out[6]).toBeLessThanOrEqual(51);
  });

  it('is causal: later samples do not change earlier outputs', () => {
    const tS = Float64Array.from({ length: 40 }, (_, i) => i / 30);
    const a = Float64Array.from(tS, (t) => Math.sin(t * 5) * 40);
    const b = Float64Array.from(a);
    b.fill(500, 30);
    const outA = new Float64Array(40);
    const outB = new Float64Array(40);
    causalSeriesFilter(new OneEuroFilter(params)).apply(a, tS, outA);
    causalSeriesFilter(new OneEuroFilter(params)).apply(b, tS, outB);
    expect(Array.from(outB.subarray(0, 30))).toEqual(Array.from(outA.subarray(0, 30)));
  });

  it('the fast series loop computes exactly what the sample-by-sample filter does, gaps and timing glitches included', () => {
    const tS = Float64Array.from({ length: 200 }, (_, i) => i / 30 + 0.005 * Math.sin(i));
    tS[50] = tS[49]!; // a duplicated timestamp
    const v = Float64Array.from(tS, (t, i) => 300 + 120 * Math.sin(2 * t) + Math.sin(i * 2.1));
    v.fill(NaN, 100, 110);
    const slow = new Float64Array(200);
    const fast = new Float64Array(200);
    causalSeriesFilter(new OneEuroFilter({ ...params, beta: 0.05 })).apply(v, tS, slow);
    oneEuroSeriesFilter({ ...params, beta: 0.05 }).apply(v, tS, fast);
    for (let i = 0; i < 200; i++) {
      if (Number.isNaN(slow[i]!)) expect(Number.isNaN(fast[i]!)).toBe(true);
      else expect(fast[i]).toBeCloseTo(slow[i]!, 9);
    }
  });
});
