import { describe, expect, it } from 'vitest';
import { matchReps, matchTrueReps } from './match-reps.js';

describe('matchReps', () => {
  it('gives each true rep the unused counted rep nearest its bottom inside it, one to one, in order', () => {
    const truth = [
      { startS: 0, bottomS: 2, endS: 4 },
      { startS: 4, bottomS: 6, endS: 8 },
      { startS: 8, bottomS: 10, endS: 12 },
    ];
    const reps = [{ bottomS: 1 }, { bottomS: 2.5 }, { bottomS: 6.2 }, { bottomS: 13 }];
    expect(matchTrueReps(truth, reps)).toEqual([1, 2, -1]);
  });
  it('matches labelled bottoms within a tolerance, the earlier rep on a tie, never one rep twice', () => {
    const reps = [{ bottomS: 1 }, { bottomS: 3 }];
    const near = (b: number, bottomS: number) => Math.abs(bottomS - b) <= 1;
    expect(matchReps([2, 2.1, 9], reps, near, (b) => b)).toEqual([0, 1, -1]);
  });
});
