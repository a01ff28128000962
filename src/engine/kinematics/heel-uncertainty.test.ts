import { describe, expect, it } from 'vitest';
import type { PointSeries } from '../conditioning/types.js';
import { heelAngleUncertaintyDeg } from './heel-uncertainty.js';

/** A 40 px foot turning through a rep, with its end points jittered by `jitterPx` (deterministic pattern). */
function foot(jitterPx: number): { heel: PointSeries; toe: PointSeries } {
  const n = 300;
  const series = () => ({
    x: new Float64Array(n),
    y: new Float64Array(n),
    score: new Float64Array(n).fill(0.9),
  });
  const heel = series();
  const toe = series();
  for (let i = 0; i < n; i++) {
    const angle = 0.3 * Math.sin(i / 20);
    const j = jitterPx * Math.sin(i * 12.9898) * 1.7; // pseudo-random but repeatable
    const k = jitterPx * Math.cos(i * 78.233) * 1.7;
    heel.x[i] = 400 + j;
    heel.y[i] = 200 - k;
    toe.x[i] = 400 + 40 * Math.cos(angle) - k;
    toe.y[i] = 200 - 40 * Math.sin(angle) + j;
  }
  return { heel, toe };
}

describe('heelAngleUncertaintyDeg', () => {
  it('is near zero for a rigid foot, however it turns', () => {
    const { heel, toe } = foot(0);
    expect(heelAngleUncertaintyDeg(heel, toe)).toBeLessThan(0.01);
  });

  it('grows with keypoint jitter, on the scale of the angle it can fake', () => {
    const small = foot(0.5);
    const large = foot(4);
    const sdSmall = heelAngleUncertaintyDeg(small.heel, small.toe);
    const sdLarge = heelAngleUncertaintyDeg(large.heel, large.toe);
    expect(sdSmall).toBeLessThan(2);
    expect(sdLarge).toBeGreaterThan(4 * sdSmall);
    // 4 px of error on a 40 px foot turns its line by several degrees.
    expect(sdLarge).toBeGreaterThan(4);
    expect(sdLarge).toBeLessThan(20);
  });

  it('is NaN when the foot is never seen', () => {
    const { heel, toe } = foot(0);
    heel.x.fill(Number.NaN);
    expect(heelAngleUncertaintyDeg(heel, toe)).toBeNaN();
  });
});
