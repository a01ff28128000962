import { describe, expect, it } from 'vitest';
import { VIEW_DEFAULTS } from '../config/view-config.js';
import type { PointSeries } from '../conditioning/types.js';
import { estimateDepthYawDeg } from './depth-yaw.js';

const THIGH_PX = 150;
const DEG = Math.PI / 180;

/** Deterministic noise in [-1, 1]. */
const noise = (i: number): number =>
  Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) - 0.5;

/**
 * A thigh sweeping through a leg press rep (pitch 20-70 deg above the forward horizontal) in the sagittal
 * plane, filmed by a camera turned `yawDeg` from side-on: forward extent u shows as u cos(yaw) across the
 * image and u sin(yaw) in depth. `zNoiseThighs` adds depth error of up to that many thigh lengths.
 */
function thighFilmedAt(
  yawDeg: number,
  { frames = 90, zNoiseThighs = 0, withDepth = true } = {},
): { hip: PointSeries; knee: PointSeries } {
  const point = (): PointSeries => ({
    x: new Float64Array(frames),
    y: new Float64Array(frames),
    score: new Float64Array(frames).fill(0.9),
    ...(withDepth && { z: new Float64Array(frames) }),
  });
  const hip = point();
  const knee = point();
  for (let i = 0; i < frames; i++) {
    const pitch = (20 + 50 * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / frames))) * DEG;
    const u = THIGH_PX * Math.cos(pitch);
    hip.x[i] = 300;
    hip.y[i] = 300;
    knee.x[i] = 300 + u * Math.cos(yawDeg * DEG);
    knee.y[i] = 300 - THIGH_PX * Math.sin(pitch);
    if (hip.z && knee.z) {
      hip.z[i] = 0;
      knee.z[i] = -u * Math.sin(yawDeg * DEG) + zNoiseThighs * THIGH_PX * 2 * noise(i);
    }
  }
  return { hip, knee };
}

const yawOf = (t: { hip: PointSeries; knee: PointSeries }): number =>
  estimateDepthYawDeg(t.hip, t.knee, THIGH_PX, VIEW_DEFAULTS);

describe('camera yaw from the thigh depth of a 3D-aware model', () => {
  it.each([0, 10, 20, 30, 45])('reads a camera turned %i deg from side-on', (yawDeg) => {
    expect(yawOf(thighFilmedAt(yawDeg))).toBeCloseTo(yawDeg, 5);
  });

  it('stays within 3 deg when the depth is noisy (up to 0.1 thigh per frame)', () => {
    for (const yawDeg of [0, 15, 30]) {
      expect(Math.abs(yawOf(thighFilmedAt(yawDeg, { zNoiseThighs: 0.1 })) - yawDeg)).toBeLessThan(3);
    }
  });

  it('does not read a knee drawn farther than the hip as a turn (a view from behind the seat, or model bias)', () => {
    const t = thighFilmedAt(20);
    for (let i = 0; i < t.knee.z!.length; i++) t.knee.z![i] = -t.knee.z![i]!;
    expect(yawOf(t)).toBe(0);
  });

  it('ignores frames where the thigh is too steep to show its forward extent', () => {
    const t = thighFilmedAt(30);
    // Thigh straight up in a third of the frames, with depth that would read as a wild yaw.
    for (let i = 0; i < 30; i++) {
      t.knee.x[i] = t.hip.x[i]! + 5;
      t.knee.z![i] = 100;
    }
    expect(yawOf(t)).toBeCloseTo(30, 5);
  });

  it('is NaN without depth (2D models) and when too few frames show the thigh', () => {
    expect(yawOf(thighFilmedAt(30, { withDepth: false }))).toBeNaN();
    const t = thighFilmedAt(30);
    t.knee.x.fill(Number.NaN, 0, 80);
    expect(yawOf(t)).toBeNaN();
  });
});
