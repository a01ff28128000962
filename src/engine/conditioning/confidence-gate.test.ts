import { describe, expect, it } from 'vitest';
import { gateByScore, zeroMissingScores } from './confidence-gate.js';
import type { PointSeries } from './types.js';

describe('confidence gate', () => {
  it('turns low-score points into missing ones and counts only detected points', () => {
    const p: PointSeries = {
      x: Float64Array.from([1, 2, 3, NaN, 5]),
      y: Float64Array.from([1, 2, 3, NaN, 5]),
      score: Float64Array.from([0.9, 0.29, 0.3, 0, 0.1]),
    };
    expect(gateByScore(p, 0.3)).toBe(2);
    expect(Array.from(p.x, Number.isNaN)).toEqual([false, true, false, true, true]);
    expect(Number.isNaN(p.y[1]!)).toBe(true);
    // Scores survive the gate (stats still need them) until zeroed explicitly.
    expect(p.score[1]).toBe(0.29);
    zeroMissingScores(p);
    expect(Array.from(p.score)).toEqual([0.9, 0, 0.3, 0, 0]);
  });

  it('rejects non-finite coordinates whatever the score', () => {
    const p: PointSeries = {
      x: Float64Array.from([Infinity]),
      y: Float64Array.from([1]),
      score: Float64Array.from([1]),
    };
    expect(gateByScore(p, 0.3)).toBe(1);
    expect(Number.isNaN(p.x[0]!)).toBe(true);
  });
});
