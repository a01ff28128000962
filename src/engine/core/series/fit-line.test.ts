import { describe, expect, it } from 'vitest';
import { fitLine } from './fit-line.js';

describe('fitLine', () => {
  it('fits a line over the finite frames of a range, times from its first frame', () => {
    const t = [0, 1, 2, 3, 4];
    const v = [1, 3, Number.NaN, 7, 9];
    const fit = fitLine(v, t, 1, 4);
    expect(fit.n).toBe(3);
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.t0).toBe(1);
    expect(fit.intercept).toBeCloseTo(3, 12);
    expect(fitLine(v, t, 0, 9).n).toBe(4); // clipped to the series
  });
  it('maps values before fitting, and gives NaN when the frames span no time', () => {
    expect(fitLine([1, 4, 9], [0, 1, 2], 0, 2, Math.sqrt).slope).toBeCloseTo(1, 12);
    const flat = fitLine([5, Number.NaN], [0, 1], 0, 1);
    expect(flat.n).toBe(1);
    expect(Number.isNaN(flat.slope)).toBe(true);
  });
});
