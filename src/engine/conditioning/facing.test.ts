import { describe, expect, it } from 'vitest';
import { decideFacing } from './facing.js';
import type { PointSeries } from './types.js';

function series(xs: readonly number[]): PointSeries {
  return {
    x: Float64Array.from(xs),
    y: new Float64Array(xs.length),
    score: new Float64Array(xs.length).fill(1),
  };
}

describe('decideFacing', () => {
  it("says 'right' when the knees are at larger x than the hips, 'left' when mirrored", () => {
    const hip = [300, 302, 305, 301, 299];
    const knee = [480, 470, 460, 478, 490];
    expect(decideFacing(series(hip), series(knee)).facing).toBe('right');
    const width = 1280;
    const mirrored = decideFacing(series(hip.map((x) => width - x)), series(knee.map((x) => width - x)));
    expect(mirrored.facing).toBe('left');
    expect(mirrored.kneeOffsetPx).toBeCloseTo(-decideFacing(series(hip), series(knee)).kneeOffsetPx, 9);
  });

  it('is decided once from the median, so a few wrong frames do not flip it', () => {
    const hip = [300, 300, 300, 300, 300, 300, 300];
    const knee = [450, 450, 120, 450, 110, 450, 450];
    expect(decideFacing(series(hip), series(knee)).facing).toBe('right');
  });

  it('decides from the feet when seen: deep reps that bring the knees back past the hips do not flip it', () => {
    const hip = [300, 300, 300, 300, 300];
    // Upright machine, deep set: the knee is behind the hip in most frames, the ankle always in front.
    const knee = [420, 280, 270, 290, 420];
    const ankle = [600, 450, 440, 460, 600];
    expect(decideFacing(series(hip), series(knee)).facing).toBe('left');
    expect(decideFacing(series(hip), series(knee), series(ankle)).facing).toBe('right');
  });

  it('ignores frames where hip or knee is missing', () => {
    const decision = decideFacing(series([NaN, 300, 300]), series([100, 200, NaN]));
    expect(decision.facing).toBe('left');
    expect(decision.kneeOffsetPx).toBe(-100);
  });
});
