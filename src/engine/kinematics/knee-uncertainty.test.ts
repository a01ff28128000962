import { describe, expect, it } from 'vitest';
import type { PointSeries } from '../conditioning/types.js';
import { kneeAngleDeg } from './knee-angle.js';
import { kneeAngleUncertaintyDeg } from './knee-uncertainty.js';

/** Deterministic standard normal draws (LCG + Box-Muller), so the test is repeatable. */
function normals(seed: number): () => number {
  let s = seed;
  const uniform = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s + 1) / 2147483649;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A leg bending 170 -> 90 -> 170 deg ten times (thigh 200 px, shank 180 px), each point jittered by `sdPx`. */
function bendingLeg(sdPx: number): { hip: PointSeries; knee: PointSeries; ankle: PointSeries } {
  const n = 600;
  const draw = normals(11);
  const series = (): PointSeries => ({
    x: new Float64Array(n),
    y: new Float64Array(n),
    score: new Float64Array(n).fill(1),
  });
  const hip = series();
  const knee = series();
  const ankle = series();
  for (let i = 0; i < n; i++) {
    const deg = 130 + 40 * Math.cos((2 * Math.PI * i) / 60);
    const thighDir = Math.PI / 6; // thigh rises from hip to knee
    const kx = 300 + 200 * Math.cos(thighDir);
    const ky = 500 - 200 * Math.sin(thighDir);
    const shankDir = thighDir + Math.PI + (deg * Math.PI) / 180;
    const put = (p: PointSeries, x: number, y: number): void => {
      p.x[i] = x + sdPx * draw();
      p.y[i] = y + sdPx * draw();
    };
    put(hip, 300, 500);
    put(knee, kx, ky);
    put(ankle, kx + 180 * Math.cos(shankDir), ky + 180 * Math.sin(shankDir));
  }
  return { hip, knee, ankle };
}

describe('kneeAngleUncertaintyDeg', () => {
  it('is about zero when the bones keep their length', () => {
    const { hip, knee, ankle } = bendingLeg(0);
    expect(kneeAngleUncertaintyDeg(hip, knee, ankle)).toBeLessThan(0.01);
  });

  it('matches the real knee-angle error of jittered keypoints, and grows with the jitter', () => {
    const estimates = [2, 6].map((sdPx) => {
      const clean = bendingLeg(0);
      const cleanDeg = kneeAngleDeg(clean.hip, clean.knee, clean.ankle, 'right');
      const { hip, knee, ankle } = bendingLeg(sdPx);
      const measured = kneeAngleDeg(hip, knee, ankle, 'right');
      // Judged near straight (the top, where lockout is decided): there the knee error turns both segments.
      const err = Array.from(cleanDeg, (d, i) => measured[i]! - d).filter((_, i) => cleanDeg[i]! > 160);
      const actualSd = Math.sqrt(err.reduce((s, e) => s + e * e, 0) / err.length);
      const estimate = kneeAngleUncertaintyDeg(hip, knee, ankle);
      // Within 25% of the truth: the length spread sees noise along the bones, the angle noise across them.
      expect(estimate).toBeGreaterThan(0.75 * actualSd);
      expect(estimate).toBeLessThan(1.25 * actualSd);
      return estimate;
    });
    expect(estimates[1]!).toBeGreaterThan(2 * estimates[0]!);
  });

  it('is NaN when a segment is never seen', () => {
    const { hip, knee, ankle } = bendingLeg(1);
    const unseen = { ...ankle, x: ankle.x.map(() => Number.NaN) };
    expect(kneeAngleUncertaintyDeg(hip, knee, unseen)).toBeNaN();
  });
});
