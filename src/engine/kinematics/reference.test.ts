import { describe, expect, it } from 'vitest';
import { KINEMATICS_DEFAULTS } from '../config/kinematics-config.js';
import type { PointSeries } from '../conditioning/types.js';
import { sledAxis, topOfRepFrames } from './reference.js';

describe('topOfRepFrames', () => {
  it('takes frames near the straightest knee, not moved by one wild frame', () => {
    const knee = Float64Array.from(
      { length: 100 },
      (_, i) => 120 + 50 * Math.abs(Math.cos((i * Math.PI) / 25)),
    );
    knee[40] = 260; // a single tracking glitch
    knee[41] = Number.NaN;
    const frames = topOfRepFrames(knee, KINEMATICS_DEFAULTS);
    expect(frames.length).toBeGreaterThan(10);
    for (const f of frames) if (f !== 40) expect(knee[f]).toBeGreaterThan(170 - 8 - 1);
    expect(frames).toContain(0);
    expect(frames).not.toContain(41);
  });

  it('is empty when the knee is never seen', () => {
    expect(topOfRepFrames(new Float64Array(5).fill(Number.NaN), KINEMATICS_DEFAULTS)).toEqual([]);
  });
});

describe('sledAxis', () => {
  const line = (dx: number, dy: number): PointSeries => ({
    x: Float64Array.from({ length: 20 }, (_, i) => 500 + i * dx),
    y: Float64Array.from({ length: 20 }, (_, i) => 300 + i * dy),
    score: new Float64Array(20).fill(1),
  });

  it('follows the ankle path and points towards the lifter', () => {
    const a = sledAxis(line(3, -3), { x: 500, y: 300 }, { x: 300, y: 500 });
    expect(a.x).toBeCloseTo(-Math.SQRT1_2, 9);
    expect(a.y).toBeCloseTo(Math.SQRT1_2, 9);
    const b = sledAxis(line(3, -3), { x: 500, y: 300 }, { x: 700, y: 100 });
    expect(b.x).toBeCloseTo(Math.SQRT1_2, 9);
  });

  it('is NaN when the ankle never moves', () => {
    expect(sledAxis(line(0, 0), { x: 0, y: 0 }, { x: 1, y: 1 }).x).toBeNaN();
  });
});
