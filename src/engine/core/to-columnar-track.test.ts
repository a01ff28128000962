import { describe, expect, it } from 'vitest';
import { buildScenario, simulateSet } from '../../sim/index.js';
import { analyzeTrack, analyzeTrackDetailed } from '../analyze.js';
import { onePosePerInstant } from '../conditioning/one-pose-per-instant.js';
import { frameCountOf, isColumnarTrack } from './columnar-track.js';
import { LANDMARK_SETS } from './landmarks.js';
import { toColumnarTrack } from './to-columnar-track.js';
import type { KeypointTrack } from './track.js';

const set = LANDMARK_SETS.blazepose33;

function track(frames: KeypointTrack['frames']): KeypointTrack {
  return { landmarkSet: 'blazepose33', imageWidthPx: 640, imageHeightPx: 480, frames };
}

describe('toColumnarTrack', () => {
  it('holds the same numbers as the pose objects: missing = NaN with score 0, scores as given', () => {
    const kps = (x: number | null, score: number) =>
      set.names.map((_, i) => (i === 25 && x !== null ? { x, y: x + 1, score } : null));
    const objects = track([
      { tS: 0, keypoints: kps(10, 0.8) },
      { tS: 0.04, keypoints: kps(null, 0) },
      { tS: 0.07, keypoints: kps(12, NaN) },
    ]);
    const before = JSON.stringify(objects);
    const columns = toColumnarTrack(objects);
    expect(isColumnarTrack(columns)).toBe(true);
    expect(frameCountOf(columns)).toBe(3);
    expect(Array.from(columns.tS)).toEqual([0, 0.04, 0.07]);
    expect(columns.points).toHaveLength(33);
    const knee = columns.points[25]!;
    expect(Array.from(knee.x)).toEqual([10, NaN, 12]);
    expect(Array.from(knee.y)).toEqual([11, NaN, 13]);
    expect(Array.from(knee.score)).toEqual([0.8, 0, NaN]);
    expect(knee.zPx).toBeUndefined(); // no depth-joint keypoint carries z
    expect(Array.from(columns.points[0]!.x)).toEqual([NaN, NaN, NaN]);
    expect(JSON.stringify(objects)).toBe(before);
    expect(toColumnarTrack(columns)).toBe(columns);
  });

  it('keeps depth when the model gave it (NaN where a keypoint has none) and only the landmarks asked for', () => {
    const frame = (tS: number, withZ: boolean) => ({
      tS,
      keypoints: set.names.map((_, i) => ({ x: i, y: i, score: 0.9, ...(withZ && { zPx: -i }) })),
    });
    const columns = toColumnarTrack(track([frame(0, true), frame(0.1, false)]), [23, 25]);
    expect(Array.from(columns.points[25]!.zPx!)).toEqual([-25, NaN]);
    expect(columns.points[0]).toBeUndefined();
    expect(columns.points.filter((p) => p !== undefined)).toHaveLength(2);
  });

  it('gives the same analysis as the pose objects, duplicated frames included', () => {
    const sim = simulateSet(buildScenario('pelvic_tuck', { seed: 12, noise: 'moderate' }));
    const columns = toColumnarTrack(sim.track);
    expect(JSON.stringify(analyzeTrack(columns, { includeSeries: true }))).toBe(
      JSON.stringify(analyzeTrack(sim.track, { includeSeries: true })),
    );
    const doubled = { ...sim.track, frames: sim.track.frames.flatMap((f) => [f, f]) };
    expect(onePosePerInstant(toColumnarTrack(doubled)).tS).toEqual(columns.tS);
    expect(analyzeTrackDetailed(toColumnarTrack(doubled)).report.reps).toEqual(
      analyzeTrackDetailed(sim.track).report.reps,
    );
  });
});
