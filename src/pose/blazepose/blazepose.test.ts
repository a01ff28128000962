import { describe, expect, it } from 'vitest';
import { cropToImagePx } from '../roi/roi-geometry.js';
import { alignmentRoi } from './alignment-roi.js';
import { createDetectorAnchors } from './anchors.js';
import {
  DETECTOR_ANCHOR_COUNT,
  DETECTOR_INPUT_PX,
  DETECTOR_VALUES_PER_ANCHOR,
  LANDMARK_POINTS,
  LANDMARK_VALUES_PER_POINT,
} from './constants.js';
import { decodeDetections } from './decode-detections.js';
import { decodeLandmarks } from './decode-landmarks.js';

describe('BlazePose detector decoding', () => {
  const anchors = createDetectorAnchors();

  it('builds one anchor per detector output row', () => {
    expect(anchors).toHaveLength(DETECTOR_ANCHOR_COUNT);
    expect(anchors.every((a) => a.x > 0 && a.x < 1 && a.y > 0 && a.y < 1)).toBe(true);
  });

  it('decodes offsets relative to the anchor and merges overlapping boxes', () => {
    const raw = new Float32Array(DETECTOR_ANCHOR_COUNT * DETECTOR_VALUES_PER_ANCHOR).fill(-10);
    const put = (i: number, logit: number, hipDx: number): void => {
      const o = i * DETECTOR_VALUES_PER_ANCHOR;
      raw.set([logit, 0, 0, 20, 20, hipDx, 0, hipDx, -50], o);
    };
    put(100, 3, 10); // strong
    put(101, 1, 12); // same place (same cell, second anchor): suppressed
    put(2000, 2, 0); // elsewhere
    const found = decodeDetections(raw, anchors, DETECTOR_INPUT_PX, 0.5, 0.3);
    expect(found).toHaveLength(2);
    expect(found[0]!.score).toBeCloseTo(1 / (1 + Math.exp(-3)));
    const a = anchors[100]!;
    expect(found[0]!.hip.x).toBeCloseTo(a.x + 10 / DETECTOR_INPUT_PX);
    expect(found[0]!.scalePoint.y).toBeCloseTo(a.y - 50 / DETECTOR_INPUT_PX);
  });
});

describe('alignmentRoi', () => {
  it.each([
    ['upright', { x: 500, y: 200 }],
    ['reclined like on a leg press', { x: 620, y: 230 }],
    ['head to the left', { x: 300, y: 400 }],
  ])(
    'puts the hips in the centre and the scale point straight above them in the crop (%s)',
    (_n, scalePoint) => {
      const hip = { x: 500, y: 400 };
      const roi = alignmentRoi(hip, scalePoint, 1.25)!;
      const centre = cropToImagePx(roi, 0.5, 0.5);
      expect(centre.x).toBeCloseTo(hip.x);
      expect(centre.y).toBeCloseTo(hip.y);
      // Side = 2 x 1.25 x distance, so the scale point sits at v = 0.5 - 1 / 2.5 = 0.1, straight up.
      const up = cropToImagePx(roi, 0.5, 0.1);
      expect(up.x).toBeCloseTo(scalePoint.x);
      expect(up.y).toBeCloseTo(scalePoint.y);
    },
  );
});

describe('BlazePose landmark decoding', () => {
  it('maps x, y and depth from crop pixels to image pixels, and the visibility logit to a score', () => {
    const values = new Float32Array(LANDMARK_POINTS * LANDMARK_VALUES_PER_POINT);
    // Point 25 (left knee) at the crop centre, 32 crop px nearer the camera than the hips, visibility logit 0.
    values.set([128, 128, -32, 0, 5], 25 * LANDMARK_VALUES_PER_POINT);
    const roi = { x: 100, y: 50, width: 512, height: 512 };
    const knee = decodeLandmarks(values, roi, 256).keypoints[25]!;
    expect(knee.x).toBeCloseTo(356, 6);
    expect(knee.y).toBeCloseTo(306, 6);
    expect(knee.zPx).toBeCloseTo(-64, 6); // the crop is shown at 2x: depth scales as x does
    expect(knee.score).toBeCloseTo(0.5, 6);
  });
});
