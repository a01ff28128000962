import { describe, expect, it } from 'vitest';
import type { PointSeries } from '../conditioning/types.js';
import { hipFlexionDeg } from './hip-flexion.js';

function pts(points: readonly (readonly [number, number])[]): PointSeries {
  return {
    x: Float64Array.from(points.map((p) => p[0])),
    y: Float64Array.from(points.map((p) => p[1])),
    score: new Float64Array(points.length).fill(1),
  };
}

const mirror = (p: PointSeries): PointSeries => ({ ...p, x: p.x.map((x) => 1000 - x) });

/** Thigh horizontal towards +x; trunk rotated up from the backwards direction by `flexion` degrees. */
function pose(flexions: readonly number[]) {
  const rad = (d: number) => (d * Math.PI) / 180;
  return {
    shoulder: pts(flexions.map((f) => [400 - 150 * Math.cos(rad(f)), 500 - 150 * Math.sin(rad(f))] as const)),
    hip: pts(flexions.map(() => [400, 500] as const)),
    knee: pts(flexions.map(() => [560, 500] as const)),
  };
}

describe('hipFlexionDeg', () => {
  const flexions = [-5, 0, 30, 60, 90, 110, 130];

  it('is 180 minus the trunk-thigh angle, negative when the hip extends past straight', () => {
    const { shoulder, hip, knee } = pose(flexions);
    const out = hipFlexionDeg(shoulder, hip, knee, 'right');
    flexions.forEach((f, i) => expect(out[i]).toBeCloseTo(f, 6));
  });

  it('is the same for the mirror image facing left', () => {
    const { shoulder, hip, knee } = pose(flexions);
    const out = hipFlexionDeg(mirror(shoulder), mirror(hip), mirror(knee), 'left');
    flexions.forEach((f, i) => expect(out[i]).toBeCloseTo(f, 6));
  });

  it('returns NaN where the shoulder is missing', () => {
    const { shoulder, hip, knee } = pose([90, 90]);
    shoulder.y[0] = Number.NaN;
    const out = hipFlexionDeg(shoulder, hip, knee, 'right');
    expect(out[0]).toBeNaN();
    expect(out[1]).toBeCloseTo(90, 6);
  });
});
