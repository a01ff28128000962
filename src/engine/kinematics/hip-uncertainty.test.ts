import { describe, expect, it } from 'vitest';
import type { PointSeries } from '../conditioning/types.js';
import { hipPositionUncertaintyThighs } from './hip-uncertainty.js';

/** A 100 px thigh swinging through reps, hip point jittered by `jitterPx` (deterministic pattern). */
function thigh(jitterPx: number): { hip: PointSeries; knee: PointSeries } {
  const n = 400;
  const series = () => ({
    x: new Float64Array(n),
    y: new Float64Array(n),
    score: new Float64Array(n).fill(0.9),
  });
  const hip = series();
  const knee = series();
  for (let i = 0; i < n; i++) {
    const angle = 0.6 + 0.5 * Math.sin(i / 25);
    hip.x[i] = 300 + jitterPx * Math.sin(i * 12.9898) * 1.7;
    hip.y[i] = 400 + jitterPx * Math.cos(i * 78.233) * 1.7;
    knee.x[i] = 300 + 100 * Math.cos(angle);
    knee.y[i] = 400 - 100 * Math.sin(angle);
  }
  return { hip, knee };
}

describe('hipPositionUncertaintyThighs', () => {
  it('is near zero for a rigid thigh, however it swings', () => {
    const { hip, knee } = thigh(0);
    expect(hipPositionUncertaintyThighs(hip, knee)).toBeLessThan(1e-6);
  });

  it('grows with hip jitter, in thigh lengths', () => {
    const small = thigh(1);
    const large = thigh(8);
    const sdSmall = hipPositionUncertaintyThighs(small.hip, small.knee);
    const sdLarge = hipPositionUncertaintyThighs(large.hip, large.knee);
    expect(sdLarge).toBeGreaterThan(4 * sdSmall);
    // 8 px of jitter on a 100 px thigh is several hundredths of a thigh, the scale of a butt wink's warn lift.
    expect(sdLarge).toBeGreaterThan(0.02);
    expect(sdLarge).toBeLessThan(0.15);
  });
});
