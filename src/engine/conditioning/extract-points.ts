import { type AnyTrack, type PointColumns } from '../core/columnar-track.js';
import {
  DEPTH_JOINTS,
  SIDE_JOINTS,
  type BodySide,
  type LandmarkSet,
  type SideJoint,
} from '../core/landmarks.js';
import { toColumnarTrack } from '../core/to-columnar-track.js';
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

/** Landmark indices the analysis reads: both sides' joints the set has, then the nose. */
export function analysedLandmarks(set: LandmarkSet): number[] {
  const indices: number[] = [];
  for (const side of ['left', 'right'] as const) {
    for (const joint of SIDE_JOINTS) {
      const index = set.sideIndex[side][joint];
      if (index !== undefined) indices.push(index);
    }
  }
  indices.push(set.noseIndex);
  return indices;
}

/**
 * A working copy of one landmark's columns: NaN and score 0 where the point was not detected, a NaN or negative
 * score read as 0. With `minScore` the confidence gate is applied in the same pass (as `gateByScore` would: x, y
 * NaN below it or when not finite, the score kept). Depth only when `withDepth` and the columns carry it, NaN
 * where the point is gated.
 */
function copyPoint(c: PointColumns, gated: boolean, gate: number, withDepth: boolean): PointSeries {
  const n = c.x.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const score = new Float64Array(n);
  const zIn = withDepth ? c.zPx : undefined;
  const z = zIn !== undefined ? new Float64Array(n) : undefined;
  for (let f = 0; f < n; f++) {
    const raw = c.score[f]!;
    const s = raw > 0 ? raw : 0;
    score[f] = s;
    const xf = c.x[f]!;
    const yf = c.y[f]!;
    const pass = !gated || (s >= gate && Number.isFinite(xf) && Number.isFinite(yf));
    x[f] = pass ? xf : Number.NaN;
    y[f] = pass ? yf : Number.NaN;
    if (z !== undefined) z[f] = pass ? zIn![f]! : Number.NaN;
  }
  return z !== undefined ? { x, y, score, z } : { x, y, score };
}

/**
 * Copies the points the analysis reads into working arrays (conditioning changes them in place), applying the
 * confidence gate in the same pass when `minScore` is given. A track of pose objects is first read into
 * columns (only those points). The track is not changed.
 */
export function extractTrackPoints(track: AnyTrack, set: LandmarkSet, minScore?: number): TrackPoints {
  const columns = toColumnarTrack(track, analysedLandmarks(set));
  const n = columns.tS.length;
  const tS = Float64Array.from(columns.tS);
  const gate = minScore ?? 0;
  const gated = minScore !== undefined;
  const pointAt = (index: number, withDepth: boolean): PointSeries => {
    const c = columns.points[index];
    if (c === undefined) {
      // Not carried: never detected.
      const missing = { x: new Float64Array(n).fill(Number.NaN), y: new Float64Array(n).fill(Number.NaN) };
      return { ...missing, score: new Float64Array(n) };
    }
    return copyPoint(c, gated, gate, withDepth);
  };

  const sides: Record<BodySide, SidePoints> = { left: emptySide(), right: emptySide() };
  const all: PointSeries[] = [];
  for (const side of ['left', 'right'] as const) {
    for (const joint of SIDE_JOINTS) {
      const index = set.sideIndex[side][joint];
      if (index === undefined) continue;
      const p = pointAt(index, DEPTH_JOINTS.includes(joint));
      sides[side][joint] = p;
      all.push(p);
    }
  }
  const nose = pointAt(set.noseIndex, false);
  all.push(nose);
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
