import {
  DEPTH_JOINTS,
  SIDE_JOINTS,
  type BodySide,
  type LandmarkSet,
  type SideJoint,
} from '../core/landmarks.js';
import type { KeypointTrack } from '../core/track.js';
import type { PointSeries } from './types.js';

/** One body side's points; undefined where the landmark set lacks the joint (MoveNet: heel, toe). */
export type SidePoints = Record<SideJoint, PointSeries | undefined>;

/** The raw track as struct-of-arrays: every point the analysis uses, both sides plus the nose. */
export interface TrackPoints {
  readonly tS: Float64Array;
  readonly sides: Readonly<Record<BodySide, SidePoints>>;
  readonly nose: PointSeries;
  /** Every extracted point (both sides and the nose), for steps applied to all alike. */
  readonly all: readonly PointSeries[];
}

/** Uninitialised-looking but zeroed arrays: the extraction loop writes every frame of every point. */
function newPoint(n: number, withDepth = false): PointSeries {
  const p = { x: new Float64Array(n), y: new Float64Array(n), score: new Float64Array(n) };
  return withDepth ? { ...p, z: new Float64Array(n).fill(Number.NaN) } : p;
}

/** Whether the model gave depth: a depth joint detected in the first frames with a person carries z. */
function trackHasDepth(track: KeypointTrack, set: LandmarkSet): boolean {
  for (const frame of track.frames.slice(0, 30)) {
    for (const i of set.depthIndices) {
      const kp = frame.keypoints[i];
      if (kp != null) return kp.zPx !== undefined;
    }
  }
  return false;
}

/**
 * Copies the needed keypoints of every frame into typed arrays in one pass over the frames: NaN and score 0
 * where a point was not detected, a NaN score read as 0. With `minScore`, the confidence gate is applied in
 * the same pass (as `gateByScore` would: x, y NaN below it or when not finite, the score kept), which saves
 * a second sweep over every series of an hour-long track. The track is not changed.
 */
export function extractTrackPoints(track: KeypointTrack, set: LandmarkSet, minScore?: number): TrackPoints {
  const n = track.frames.length;
  const frames = track.frames;
  const tS = new Float64Array(n);
  for (let f = 0; f < n; f++) tS[f] = frames[f]!.tS;

  const sides: Record<BodySide, SidePoints> = { left: emptySide(), right: emptySide() };
  const all: PointSeries[] = [];
  const indices: number[] = [];
  const hasDepth = trackHasDepth(track, set);
  for (const side of ['left', 'right'] as const) {
    for (const joint of SIDE_JOINTS) {
      const index = set.sideIndex[side][joint];
      if (index === undefined) continue;
      const p = newPoint(n, hasDepth && DEPTH_JOINTS.includes(joint));
      sides[side][joint] = p;
      all.push(p);
      indices.push(index);
    }
  }
  const nose = newPoint(n);
  all.push(nose);
  indices.push(set.noseIndex);

  const m = all.length;
  const idx = Int32Array.from(indices);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const ss = all.map((p) => p.score);
  const zs = all.map((p) => p.z);
  // Without a gate every detected point is copied as given.
  const gate = minScore ?? 0;
  const gated = minScore !== undefined;
  for (let f = 0; f < n; f++) {
    const keypoints = frames[f]!.keypoints;
    for (let k = 0; k < m; k++) {
      const kp = keypoints[idx[k]!];
      if (kp == null) {
        xs[k]![f] = Number.NaN;
        ys[k]![f] = Number.NaN;
        continue; // score stays 0
      }
      const s = kp.score > 0 ? kp.score : 0;
      ss[k]![f] = s;
      const x = kp.x;
      const y = kp.y;
      const pass = !gated || (s >= gate && Number.isFinite(x) && Number.isFinite(y));
      xs[k]![f] = pass ? x : Number.NaN;
      ys[k]![f] = pass ? y : Number.NaN;
      const z = zs[k];
      if (z !== undefined && pass && kp.zPx !== undefined) z[f] = kp.zPx;
    }
  }
  return { tS, sides, nose, all };
}

function emptySide(): SidePoints {
  return {
    ear: undefined,
    shoulder: undefined,
    hip: undefined,
    knee: undefined,
    ankle: undefined,
    heel: undefined,
    toe: undefined,
  };
}
