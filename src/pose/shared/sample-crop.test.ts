import { describe, expect, it } from 'vitest';
import type { BoxPx } from '../pose-estimator.js';
import { cropToImagePx } from '../roi/roi-geometry.js';
import { blankFrame, capsule } from '../testing/draw-figure.js';
import { sampleCropFloat, sampleCropInt } from './sample-crop.js';

/** Brightness-weighted centroid of the red channel in a size x size crop, in [0, 1] crop units. */
function redCentroid(pixels: ArrayLike<number>, size: number): { u: number; v: number } {
  let sum = 0;
  let su = 0;
  let sv = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const r = pixels[(i * size + j) * 3] as number;
      sum += r;
      su += r * ((j + 0.5) / size);
      sv += r * ((i + 0.5) / size);
    }
  }
  return { u: su / sum, v: sv / sum };
}

describe('sampleCrop', () => {
  const frame = blankFrame(640, 360, [0, 0, 0]);
  const dot = { x: 412.5, y: 141.5 };
  capsule(frame, [dot.x, dot.y], [dot.x, dot.y], 6, [255, 0, 0]);

  const crops: [string, BoxPx][] = [
    ['inside', { x: 350, y: 80, width: 160, height: 160 }],
    ['past the edge (padded)', { x: 300, y: -100, width: 400, height: 400 }],
    ['rotated', { x: 330, y: 60, width: 180, height: 180, rotationRad: 0.7 }],
  ];
  it.each(crops)('a point found in the crop maps back to where it is in the image (%s)', (_name, roi) => {
    const size = 96;
    const c = redCentroid(sampleCropFloat(frame, roi, size, { scale: 1, offset: 0 }), size);
    const p = cropToImagePx(roi, c.u, c.v);
    expect(Math.abs(p.x - dot.x)).toBeLessThan(0.75);
    expect(Math.abs(p.y - dot.y)).toBeLessThan(0.75);
  });

  it('outside the image is black and values follow scale/offset', () => {
    const white = blankFrame(10, 10, [255, 255, 255]);
    const roi = { x: -10, y: 0, width: 20, height: 20 };
    const f = sampleCropFloat(white, roi, 20, { scale: 1 / 127.5, offset: -1 });
    expect(f[0]).toBeCloseTo(-1); // top-left: outside
    expect(f[(5 * 20 + 15) * 3]).toBeCloseTo(1); // inside
    const n = sampleCropInt(white, roi, 20);
    expect(n[(5 * 20 + 15) * 3]).toBe(255);
  });

  it('rejects a frame whose buffer does not match its size', () => {
    expect(() => sampleCropInt({ data: new Uint8Array(5), widthPx: 2, heightPx: 2 }, fullRoi(), 4)).toThrow(
      /12 bytes/,
    );
  });
});

function fullRoi(): BoxPx {
  return { x: 0, y: 0, width: 2, height: 2 };
}
