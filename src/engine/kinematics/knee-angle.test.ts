import { describe, expect, it } from 'vitest';
import type { PointSeries } from '../conditioning/types.js';
import { kneeAngleDeg } from './knee-angle.js';

function pts(points: readonly (readonly [number, number])[]): PointSeries {
  return {
    x: Float64Array.from(points.map((p) => p[0])),
    y: Float64Array.from(points.map((p) => p[1])),
    score: new Float64Array(points.length).fill(1),
  };
}

const mirror = (p: PointSeries): PointSeries => ({ ...p, x: p.x.map((x) => 1000 - x) });

/** Hip at the origin, ankle along +x; the knee placed for a given interior angle on the chest side (y up = -y). */
function legWithKnee(deg: readonly number[]): { hip: PointSeries; knee: PointSeries; ankle: PointSeries } {
  const T = 100;
  // Equal thigh and shank: knee sits above the midpoint by T*cos(deg/2) when flexed, below when hyperextended.
  const hip = deg.map(() => [200, 500] as const);
  const knee = deg.map(
    (d) => [200 + T * Math.sin((d * Math.PI) / 360), 500 - T * Math.cos((d * Math.PI) / 360)] as const,
  );
  const ankle = deg.map((d) => [200 + 2 * T * Math.sin((d * Math.PI) / 360), 500] as const);
  return { hip: pts(hip), knee: pts(knee), ankle: pts(ankle) };
}

describe('kneeAngleDeg', () => {
  const angles = [60, 90, 120, 150, 170, 179, 180, 181, 186];

  it('reads the interior angle on known geometry facing right, above 180 when hyperextended', () => {
    const { hip, knee, ankle } = legWithKnee(angles);
    const out = kneeAngleDeg(hip, knee, ankle, 'right');
    angles.forEach((a, i) => expect(out[i]).toBeCloseTo(a, 6));
  });

  it('gives the same angles for the mirror image facing left', () => {
    const { hip, knee, ankle } = legWithKnee(angles);
    const out = kneeAngleDeg(mirror(hip), mirror(knee), mirror(ankle), 'left');
    angles.forEach((a, i) => expect(out[i]).toBeCloseTo(a, 6));
  });

  it('passes smoothly through straight without wrapping', () => {
    const sweep = Array.from({ length: 41 }, (_, i) => 160 + i);
    const { hip, knee, ankle } = legWithKnee(sweep);
    const out = kneeAngleDeg(hip, knee, ankle, 'right');
    for (let i = 1; i < out.length; i++) expect(out[i]! - out[i - 1]!).toBeCloseTo(1, 6);
  });

  it('returns NaN where a joint is missing or the segment has no length', () => {
    const { hip, knee, ankle } = legWithKnee([90, 90, 90]);
    knee.x[1] = Number.NaN;
    ankle.x[2] = knee.x[2]!;
    ankle.y[2] = knee.y[2]!;
    const out = kneeAngleDeg(hip, knee, ankle, 'right');
    expect(out[0]).toBeCloseTo(90, 6);
    expect(out[1]).toBeNaN();
    expect(out[2]).toBeNaN();
  });
});
