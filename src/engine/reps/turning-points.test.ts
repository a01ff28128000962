import { describe, expect, it } from 'vitest';
import { turningPoints } from './turning-points.js';

describe('turningPoints', () => {
  it('confirms alternating peaks and valleys and ignores wobbles smaller than the hysteresis', () => {
    const x = Float64Array.from([170, 168, 171, 150, 120, 123, 121, 100, 104, 140, 169, 166, 170]);
    const pts = turningPoints(x, 5);
    expect(pts.map((p) => [p.kind, p.value])).toEqual([
      ['peak', 171],
      ['valley', 100],
      ['peak', 170],
    ]);
    expect(pts[1]!.frame).toBe(7);
  });

  it('skips missing samples instead of splitting the movement', () => {
    const x = Float64Array.from([170, Number.NaN, 140, Number.NaN, Number.NaN, 100, 130, Number.NaN, 170]);
    expect(turningPoints(x, 5).map((p) => p.frame)).toEqual([0, 5, 8]);
  });

  it('finds nothing in a still or empty series', () => {
    expect(turningPoints(Float64Array.from([150, 151, 149, 150]), 5)).toEqual([]);
    expect(turningPoints(new Float64Array(0), 5)).toEqual([]);
  });
});
