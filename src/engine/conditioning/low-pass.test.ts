import { describe, expect, it } from 'vitest';
import { LowPassFilter, lowPassAlpha } from './low-pass.js';

describe('LowPassFilter', () => {
  it('passes the first sample through and stays within the range of a step input', () => {
    const f = new LowPassFilter(2);
    const out: number[] = [];
    for (let i = 0; i < 60; i++) out.push(f.apply(i < 20 ? 10 : 50, i / 30));
    expect(out[0]).toBe(10);
    for (const v of out) {
      expect(v).toBeGreaterThanOrEqual(10);
      expect(v).toBeLessThanOrEqual(50);
    }
    // It moves towards the new level, monotonically, without reaching it instantly.
    expect(out[20]).toBeGreaterThan(10);
    expect(out[20]).toBeLessThan(50);
    for (let i = 21; i < 60; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1]!);
  });

  it('reads the time step from timestamps: a longer step moves further towards the input', () => {
    expect(lowPassAlpha(2, 0.1)).toBeGreaterThan(lowPassAlpha(2, 1 / 30));
    const a = new LowPassFilter(2);
    const b = new LowPassFilter(2);
    a.apply(0, 0);
    b.apply(0, 0);
    expect(a.apply(1, 0.1)).toBeGreaterThan(b.apply(1, 1 / 30));
  });

  it('ignores a repeated timestamp and restarts after reset', () => {
    const f = new LowPassFilter(2);
    f.apply(0, 0);
    const y = f.apply(10, 0.1);
    expect(f.apply(1000, 0.1)).toBe(y);
    f.reset();
    expect(f.apply(7, 5)).toBe(7);
  });
});
