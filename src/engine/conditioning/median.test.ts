import { describe, expect, it } from 'vitest';
import { medianFinite } from './median.js';

describe('medianFinite', () => {
  it('takes the median of the finite values only', () => {
    expect(medianFinite([3, NaN, 1, 2])).toBe(2);
    expect(medianFinite([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(medianFinite([NaN]))).toBe(true);
  });

  it('stays accurate on long series (strided sample)', () => {
    const v = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_000);
    expect(Math.abs(medianFinite(v) - 50_000)).toBeLessThan(500);
  });
});
