import { describe, expect, it } from 'vitest';
import { CONDITIONING_DEFAULTS } from '../config/conditioning-config.js';
import { createSmoother, medianSampleRateHz } from './smoother.js';

describe('smoother', () => {
  it('finds the typical sample rate despite dropped and duplicated frames', () => {
    const tS = Float64Array.from([0, 1, 2, 3, 5, 6, 6, 7, 8, 9].map((i) => i / 30));
    expect(medianSampleRateHz(tS)).toBeCloseTo(30, 6);
  });

  it('offline smoothing has no lag; live smoothing lags but uses no future frames', () => {
    const tS = Float64Array.from({ length: 150 }, (_, i) => i / 30);
    const v = Float64Array.from(tS, (t) => 100 * Math.sin(2 * Math.PI * 0.5 * t));
    const offline = new Float64Array(v.length);
    const live = new Float64Array(v.length);
    createSmoother('offline', CONDITIONING_DEFAULTS, tS).apply(v, tS, offline);
    createSmoother('live', CONDITIONING_DEFAULTS, tS).apply(v, tS, live);
    // At the zero crossing after a peak (t = 1 s, falling), a lagging filter is still above zero.
    const i = 30;
    expect(Math.abs(offline[i]!)).toBeLessThan(1);
    expect(live[i]).toBeGreaterThan(1);
  });

  it('passes a single frame through unchanged', () => {
    const tS = Float64Array.from([0]);
    const out = new Float64Array(1);
    createSmoother('offline', CONDITIONING_DEFAULTS, tS).apply(Float64Array.from([42]), tS, out);
    expect(out[0]).toBe(42);
  });
});
