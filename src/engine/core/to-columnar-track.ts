import { isColumnarTrack, type AnyTrack, type ColumnarTrack, type PointColumns } from './columnar-track.js';
import { LANDMARK_SETS, type LandmarkSet } from './landmarks.js';
import type { KeypointTrack } from './track.js';

/** Frames looked at to tell whether a track carries depth. */
const DEPTH_PROBE_FRAMES = 30;

/** Whether the model gave depth: a depth joint detected in the first frames with a person carries z. */
export function trackHasDepth(track: KeypointTrack, set: LandmarkSet): boolean {
  const probe = Math.min(track.frames.length, DEPTH_PROBE_FRAMES);
  for (let f = 0; f < probe; f++) {
    const keypoints = track.frames[f]!.keypoints;
    for (const i of set.depthIndices) {
      const kp = keypoints[i];
      if (kp != null) return kp.zPx !== undefined;
    }
  }
  return false;
}

/**
 * The columnar form of a keypoint track, in one pass over its frames; `landmarks` limits it to those indices
 * (all of the set's by default). Not detected = x, y NaN, score 0; z NaN where the keypoint has none. The track
 * is not changed; a columnar track is returned as it is.
 */
export function toColumnarTrack(track: AnyTrack, landmarks?: readonly number[]): ColumnarTrack {
  if (isColumnarTrack(track)) return track;
  const set = LANDMARK_SETS[track.landmarkSet];
  const frames = track.frames;
  const n = frames.length;
  const tS = new Float64Array(n);
  for (let f = 0; f < n; f++) tS[f] = frames[f]!.tS;
  const wanted = landmarks ?? (set !== undefined ? set.names.map((_, i) => i) : []);
  const withDepth = set !== undefined && trackHasDepth(track, set);
  const points: (PointColumns | undefined)[] = Array.from(
    { length: set?.names.length ?? 0 },
    () => undefined,
  );
  for (const i of wanted) {
    points[i] = {
      x: new Float64Array(n),
      y: new Float64Array(n),
      score: new Float64Array(n),
      ...(withDepth && { zPx: new Float64Array(n) }),
    };
  }
  const idx = Int32Array.from(wanted);
  const cols = wanted.map((i) => points[i]!);
  const m = idx.length;
  for (let f = 0; f < n; f++) {
    const keypoints = frames[f]!.keypoints;
    for (let k = 0; k < m; k++) {
      const kp = keypoints[idx[k]!];
      const c = cols[k]!;
      if (kp == null) {
        c.x[f] = Number.NaN;
        c.y[f] = Number.NaN;
        if (c.zPx !== undefined) c.zPx[f] = Number.NaN;
        continue; // score stays 0
      }
      c.x[f] = kp.x;
      c.y[f] = kp.y;
      c.score[f] = kp.score;
      if (c.zPx !== undefined) c.zPx[f] = kp.zPx ?? Number.NaN;
    }
  }
  return {
    landmarkSet: track.landmarkSet,
    imageWidthPx: track.imageWidthPx,
    imageHeightPx: track.imageHeightPx,
    tS,
    points,
    ...(track.source !== undefined && { source: track.source }),
  };
}
