import { describe, expect, it } from 'vitest';
import { LANDMARK_SETS } from '../core/landmarks.js';
import type { KeypointTrack } from '../core/track.js';
import { gateByScore } from './confidence-gate.js';
import { extractTrackPoints } from './extract-points.js';

describe('extractTrackPoints', () => {
  it('copies keypoints into per-joint arrays: missing -> NaN with score 0, the set decides which joints exist', () => {
    const set = LANDMARK_SETS.movenet17;
    const knee = set.sideIndex.left.knee!;
    const kps = (x: number | null, score: number) =>
      set.names.map((_, i) => (i === knee && x !== null ? { x, y: x + 1, score } : null));
    const track: KeypointTrack = {
      landmarkSet: 'movenet17',
      imageWidthPx: 640,
      imageHeightPx: 480,
      frames: [
        { tS: 0, keypoints: kps(10, 0.8) },
        { tS: 0.04, keypoints: kps(null, 0) },
        { tS: 0.07, keypoints: kps(12, NaN) },
      ],
    };
    const before = JSON.stringify(track);
    const pts = extractTrackPoints(track, set);
    expect(Array.from(pts.tS)).toEqual([0, 0.04, 0.07]);
    const k = pts.sides.left.knee!;
    expect(Array.from(k.x)).toEqual([10, NaN, 12]);
    expect(Array.from(k.y)).toEqual([11, NaN, 13]);
    expect(Array.from(k.score)).toEqual([0.8, 0, 0]);
    expect(pts.sides.left.heel).toBeUndefined();
    expect(pts.all).toHaveLength(11); // 5 joints x 2 sides + nose
    expect(JSON.stringify(track)).toBe(before);
  });
  it("keeps a 3D-aware model's depth for the hips and knees only, NaN where a point is missing or gated", () => {
    const set = LANDMARK_SETS.blazepose33;
    const frame = (tS: number, kneeScore: number) => ({
      tS,
      keypoints: set.names.map((_, i) => ({ x: i, y: i, score: i === 25 ? kneeScore : 0.9, zPx: -i })),
    });
    const track: KeypointTrack = {
      landmarkSet: 'blazepose33',
      imageWidthPx: 640,
      imageHeightPx: 480,
      frames: [frame(0, 0.9), frame(0.1, 0.1)],
    };
    const pts = extractTrackPoints(track, set, 0.3);
    expect(Array.from(pts.sides.left.hip!.z!)).toEqual([-23, -23]);
    expect(Array.from(pts.sides.left.knee!.z!)).toEqual([-25, NaN]);
    expect(pts.sides.left.ankle!.z).toBeUndefined();
    expect(pts.nose.z).toBeUndefined();
    const flat = {
      ...track,
      frames: track.frames.map((f) => ({
        ...f,
        keypoints: f.keypoints.map((p) => p && { x: p.x, y: p.y, score: p.score }),
      })),
    };
    expect(extractTrackPoints(flat, set).sides.left.hip!.z).toBeUndefined();
  });

  it('with a minimum score, gates in the same pass exactly as gateByScore does, keeping the scores', () => {
    const set = LANDMARK_SETS.movenet17;
    const knee = set.sideIndex.left.knee!;
    const frame = (tS: number, x: number, score: number) => ({
      tS,
      keypoints: set.names.map((_, i) => (i === knee ? { x, y: x + 1, score } : null)),
    });
    const track: KeypointTrack = {
      landmarkSet: 'movenet17',
      imageWidthPx: 640,
      imageHeightPx: 480,
      frames: [frame(0, 10, 0.8), frame(0.04, 11, 0.2), frame(0.07, Infinity, 0.9), frame(0.1, 13, NaN)],
    };
    const gated = extractTrackPoints(track, set, 0.3).sides.left.knee!;
    const separate = extractTrackPoints(track, set).sides.left.knee!;
    gateByScore(separate, 0.3);
    expect(Array.from(gated.x)).toEqual([10, NaN, NaN, NaN]);
    expect(Array.from(gated.x)).toEqual(Array.from(separate.x));
    expect(Array.from(gated.y)).toEqual(Array.from(separate.y));
    expect(Array.from(gated.score)).toEqual([0.8, 0.2, 0.9, 0]);
    expect(Array.from(gated.score)).toEqual(Array.from(separate.score));
  });
});
