import { describe, expect, it } from 'vitest';
import { medianFinite, quantileFinite, sampledMedianFinite } from './median.js';

/** Reference quantile by sorting, to check the selection-based one against. */
function sortedQuantile(values: number[], q: number): number {
  const a = values.filter(Number.isFinite).sort((x, y) => x - y);
  const pos = q * (a.length - 1);
  const lo = Math.floor(pos);
  return a[lo]! + ((a[Math.min(lo + 1, a.length - 1)] ?? 0) - a[lo]!) * (pos - lo);
}

describe('quantileFinite', () => {
  it('matches sorting on shuffled, duplicated, sorted and reversed data with NaN mixed in', () => {
    let s = 1;
    const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 100;
    const cases = [
      Array.from({ length: 1001 }, rand),
      Array.from({ length: 500 }, () => Math.round(rand() / 20)),
      Array.from({ length: 300 }, (_, i) => i),
      Array.from({ length: 300 }, (_, i) => -i),
      [5, Number.NaN, 1, Infinity, 3, Number.NaN],
    ];
    for (const c of cases) {
      for (const q of [0, 0.1, 0.5, 0.95, 1])
        expect(quantileFinite(c, q)).toBeCloseTo(sortedQuantile(c, q), 9);
    }
  });

  it('restricts to given frames, leaves the input unchanged, and is NaN without data', () => {
    const x = Float64Array.from([9, 1, 8, 2, 7]);
    expect(medianFinite(x, [0, 2, 4])).toBe(8);
    expect(Array.from(x)).toEqual([9, 1, 8, 2, 7]);
    expect(medianFinite([Number.NaN])).toBeNaN();
  });
});

describe('sampledMedianFinite', () => {
  it('takes the median of the finite values only', () => {
    expect(sampledMedianFinite([3, NaN, 1, 2])).toBe(2);
    expect(sampledMedianFinite([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(sampledMedianFinite([NaN]))).toBe(true);
  });

  it('stays accurate on long series (strided sample)', () => {
    const v = Float64Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 100_000);
    expect(Math.abs(sampledMedianFinite(v) - 50_000)).toBeLessThan(500);
  });
});
