import { describe, expect, it } from 'vitest';
import { chooseSide, type LegSeries } from './choose-side.js';
import type { PointSeries } from './types.js';

const N = 60;

function point(x: number, y: number, score: number, missingEvery = 0): PointSeries {
  const p: PointSeries = {
    x: new Float64Array(N).fill(x),
    y: new Float64Array(N).fill(y),
    score: new Float64Array(N).fill(score),
  };
  if (missingEvery > 0) {
    for (let i = 0; i < N; i += missingEvery) {
      p.x[i] = NaN;
      p.y[i] = NaN;
      p.score[i] = 0;
    }
  }
  return p;
}

function leg(score: number, thighPx: number, missingEvery = 0, shankPx = 120): LegSeries {
  return {
    hip: point(100, 300, score, missingEvery),
    knee: point(100 + thighPx, 300, score, missingEvery),
    ankle: point(100 + thighPx + shankPx, 300, score, missingEvery),
  };
}

describe('chooseSide', () => {
  it('picks the side the model is more confident about, with the margin', () => {
    const choice = chooseSide({ left: leg(0.5, 200), right: leg(0.8, 200) }, 0.02);
    expect(choice.side).toBe('right');
    expect(choice.scoreMargin).toBeCloseTo(0.3, 9);
    expect(choice.decidedBy).toBe('confidence');
    expect(chooseSide({ left: leg(0.8, 200), right: leg(0.5, 200) }, 0.02).side).toBe('left');
  });

  it('counts missing frames as zero confidence: the side seen more often wins', () => {
    const choice = chooseSide({ left: leg(0.9, 200, 2), right: leg(0.7, 200) }, 0.02);
    expect(choice.side).toBe('right');
  });

  it('breaks a confidence tie with the longer apparent leg (nearer the camera)', () => {
    const a = chooseSide({ left: leg(0.8, 180), right: leg(0.805, 210) }, 0.02);
    expect(a.side).toBe('right');
    expect(a.decidedBy).toBe('leg_length');
    const b = chooseSide({ left: leg(0.805, 210), right: leg(0.8, 180) }, 0.02);
    expect(b.side).toBe('left');
  });

  it('on equal scores, trusts the whole leg over a far thigh that an oblique camera draws longer', () => {
    // Rendered set 30 deg off side-on, projected true joints: far thigh 61.8 px, shank 68.4; near 60.6, 73.6.
    const choice = chooseSide({ left: leg(1, 61.8, 0, 68.4), right: leg(1, 60.6, 0, 73.6) }, 0.02);
    expect(choice.side).toBe('right');
    expect(choice.decidedBy).toBe('leg_length');
  });
});
