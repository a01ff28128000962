import { describe, expect, it } from 'vitest';
import { VIEW_DEFAULTS } from '../config/view-config.js';
import { kneeBendConsistency, kneeBendFlips } from './knee-bend.js';

/** `count` frames of each listed knee reading, in order. */
function knee(...runs: readonly [deg: number, count: number][]): Float64Array {
  return Float64Array.from(runs.flatMap(([deg, count]) => Array<number>(count).fill(deg)));
}

/** A knee track, the share of bent frames bent the other way (NaN: too few bent), and whether that is a flip. */
const CASES: readonly [string, Float64Array, number, boolean][] = [
  ['side-on reps: always bent forward', knee([170, 30], [95, 60], [170, 30]), 0, false],
  ['straight and slightly hyperextended tops do not count', knee([178, 40], [186, 20], [95, 40]), 0, false],
  ['mirrored facing: every bent frame backwards is consistent', knee([265, 60], [190, 20]), 0, false],
  ['one stray backward frame in 40 (2.5%)', knee([95, 39], [250, 1]), 0.025, false],
  ['exactly at the limit (2 of 40) is not past it', knee([95, 38], [250, 2]), 0.05, false],
  ['3 of 40 bent the other way (7.5%)', knee([95, 37], [250, 3]), 0.075, true],
  ['an edge-on leg flipping every few frames', knee([120, 10], [230, 10], [120, 10], [230, 10]), 0.5, true],
  ['too few bent frames to tell', knee([95, 10], [250, 9], [175, 100]), Number.NaN, false],
  ['missing frames are skipped', knee([Number.NaN, 50], [95, 20], [250, 5]), 0.2, true],
];

describe('kneeBendConsistency', () => {
  it.each(CASES)('%s', (_name, series, fraction, flips) => {
    const c = kneeBendConsistency(series, VIEW_DEFAULTS);
    if (Number.isNaN(fraction)) expect(c.flipFraction).toBeNaN();
    else expect(c.flipFraction).toBeCloseTo(fraction, 10);
    expect(kneeBendFlips(c, VIEW_DEFAULTS)).toBe(flips);
  });

  it('counts a frame as bent from kneeBendMinDeg off straight, either way', () => {
    const c = kneeBendConsistency(knee([160, 25], [200, 5], [161, 100], [199, 100]), VIEW_DEFAULTS);
    expect(c.bentFrames).toBe(30);
    expect(c.flipFraction).toBeCloseTo(5 / 30, 10);
  });
});
