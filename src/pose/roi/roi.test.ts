import { describe, expect, it } from 'vitest';
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx } from '../pose-estimator.js';
import { estimateWithRoi, type CropPose } from '../shared/estimate-with-roi.js';
import { MOVENET_BODY } from '../movenet/constants.js';
import { DEFAULT_ROI_CONFIG, resolveRoiConfig } from './roi-config.js';
import { roiFromKeypoints } from './roi-from-keypoints.js';
import { cropToImagePx, fullFrameRoi, squareAround } from './roi-geometry.js';
import { RoiTracker } from './roi-tracker.js';

const frame = { widthPx: 1280, heightPx: 720 };

/** A person as 17 COCO keypoints spread over a box (x0..x1, y0..y1); all confident. */
function personKeypoints(x0: number, y0: number, x1: number, y1: number, score = 0.9): KeypointPx[] {
  const cx = (x0 + x1) / 2;
  const kps: KeypointPx[] = [];
  for (let i = 0; i < 17; i++) {
    // Head at the top, ankles at the bottom, left/right alternate.
    const t = i < 5 ? 0 : i < 11 ? 0.3 : i < 13 ? 0.55 : i < 15 ? 0.78 : 1;
    const side = i % 2 === 0 ? 1 : -1;
    kps.push({ x: cx + side * ((x1 - x0) / 4), y: y0 + t * (y1 - y0), score });
  }
  return kps;
}

const contains = (outer: BoxPx, x: number, y: number): boolean =>
  x >= outer.x && x <= outer.x + outer.width && y >= outer.y && y <= outer.y + outer.height;

describe('roi geometry', () => {
  it('full-frame square covers the whole frame and is centred', () => {
    const r = fullFrameRoi(frame);
    expect(r.width).toBe(1280);
    expect(r.height).toBe(1280);
    expect(contains(r, 0, 0) && contains(r, 1280, 720)).toBe(true);
    expect(r.y + r.height / 2).toBe(360);
  });

  it('a crop is never larger than the full-frame square and stays over the frame', () => {
    const r = squareAround(5, 5, 5000, frame);
    expect(r.width).toBe(1280);
    const small = squareAround(1270, 10, 100, frame);
    expect(small.x + small.width).toBeLessThanOrEqual(1280);
    expect(small.y).toBeGreaterThanOrEqual(0);
  });

  it('maps crop-normalised points back to image pixels, with rotation', () => {
    const roi = { x: 100, y: 50, width: 200, height: 200 };
    expect(cropToImagePx(roi, 0.25, 0.75)).toEqual({ x: 150, y: 200 });
    // Rotated a quarter turn: the crop's up (0.5, 0) points to the image's +x.
    const p = cropToImagePx({ ...roi, rotationRad: Math.PI / 2 }, 0.5, 0);
    expect(p.x).toBeCloseTo(300);
    expect(p.y).toBeCloseTo(150);
  });
});

describe('roiFromKeypoints', () => {
  it('frames every confident keypoint with margin', () => {
    const kps = personKeypoints(400, 200, 600, 600);
    const r = roiFromKeypoints(kps, MOVENET_BODY, frame, DEFAULT_ROI_CONFIG);
    expect(r).not.toBeNull();
    for (const k of kps) expect(contains(r!, k.x, k.y)).toBe(true);
    expect(r!.width).toBeLessThan(1280);
    expect(r!.width).toBe(r!.height);
  });

  it('ignores low-confidence keypoints and gives up when too few are confident', () => {
    const kps = personKeypoints(400, 200, 600, 600).map((k, i) =>
      i === 16 ? { ...k, x: 5, y: 5, score: 0.05 } : k,
    );
    const r = roiFromKeypoints(kps, MOVENET_BODY, frame, DEFAULT_ROI_CONFIG)!;
    expect(contains(r, 5, 5)).toBe(false);
    const weak = personKeypoints(400, 200, 600, 600, 0.1);
    expect(roiFromKeypoints(weak, MOVENET_BODY, frame, DEFAULT_ROI_CONFIG)).toBeNull();
  });

  it('config validation names the valid range', () => {
    expect(() => resolveRoiConfig({ minPoseScore: 2 })).toThrow(/\[0, 1\]/);
  });
});

describe('RoiTracker + estimateWithRoi (fake model)', () => {
  /** A fake model that sees people whose hip centres lie inside the crop; returns the biggest visible one. */
  function fakeScene(people: { box: [number, number, number, number] }[]) {
    const calls: BoxPx[] = [];
    const runCrop = async (roi: BoxPx): Promise<CropPose> => {
      calls.push(roi);
      const visible = people.filter((p) =>
        contains(roi, (p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2),
      );
      if (visible.length === 0) return { keypoints: personKeypoints(0, 0, 10, 10, 0.05), score: 0.05 };
      const biggest = visible.reduce((a, b) => (b.box[3] - b.box[1] > a.box[3] - a.box[1] ? b : a));
      return { keypoints: personKeypoints(...biggest.box), score: 0.8 };
    };
    return { calls, runCrop };
  }

  it('acquires on the whole frame, then tracks with a tight crop', async () => {
    const tracker = new RoiTracker(DEFAULT_ROI_CONFIG, MOVENET_BODY);
    const scene = fakeScene([{ box: [500, 300, 600, 600] }]);
    const first = await estimateWithRoi(tracker, frame, scene);
    expect(scene.calls[0]).toEqual(fullFrameRoi(frame));
    // Refined on the same frame with the crop framed from the pose.
    expect(scene.calls).toHaveLength(2);
    expect(first!.roi.width).toBeLessThan(1280);
    scene.calls.length = 0;
    await estimateWithRoi(tracker, frame, scene);
    expect(scene.calls).toHaveLength(1);
    expect(scene.calls[0]!.width).toBeLessThan(1280);
  });

  it('when the tracked crop loses the lifter, looks nearby before the whole frame (keeps the lifter)', async () => {
    const tracker = new RoiTracker(DEFAULT_ROI_CONFIG, MOVENET_BODY);
    const lifter = { box: [300, 300, 420, 560] as [number, number, number, number] };
    await estimateWithRoi(tracker, frame, fakeScene([lifter]));
    const tracked = tracker.trackedRoi!;
    // The lifter moves by more than the tracked crop's margin; a bigger bystander is elsewhere in view.
    const moved = { box: [560, 320, 680, 580] as [number, number, number, number] };
    const bystander = { box: [900, 100, 1150, 700] as [number, number, number, number] };
    const scene = fakeScene([moved, bystander]);
    const r = await estimateWithRoi(tracker, frame, scene);
    expect(r).not.toBeNull();
    const hipX = ((r!.keypoints[11]?.x ?? 0) + (r!.keypoints[12]?.x ?? 0)) / 2;
    expect(hipX).toBeCloseTo(620, 0);
    // Tried: the tracked crop (miss), the wider crop around it (hit), never the whole frame.
    expect(scene.calls[0]).toEqual(tracked);
    expect(scene.calls[1]!.width).toBeGreaterThan(tracked.width);
    expect(scene.calls.some((c) => c.width === 1280)).toBe(false);
  });

  it('re-detects on the whole frame when nobody is near, and reports null with nobody at all', async () => {
    const tracker = new RoiTracker(DEFAULT_ROI_CONFIG, MOVENET_BODY);
    await estimateWithRoi(tracker, frame, fakeScene([{ box: [100, 300, 200, 560] }]));
    const far = fakeScene([{ box: [1000, 300, 1100, 560] }]);
    const r = await estimateWithRoi(tracker, frame, far);
    expect(far.calls.some((c) => c.width === 1280)).toBe(true);
    expect(r!.keypoints[11]!.x).toBeGreaterThan(1000);
    const empty = fakeScene([]);
    expect(await estimateWithRoi(tracker, frame, empty)).toBeNull();
    expect(tracker.trackedRoi).toBeNull();
    empty.calls.length = 0;
    await estimateWithRoi(tracker, frame, empty);
    // Nobody tracked: only the whole frame is tried (one inference per empty frame).
    expect(empty.calls).toHaveLength(1);
  });
});
