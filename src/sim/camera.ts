/**
 * A pinhole camera looking at the lifter's side. The near body side sits closer to the camera than the far
 * side, so paired joints separate slightly by perspective, as in real side-on video. The camera distance is
 * chosen so the lifter and sled fill the requested fraction of the image.
 */
import type { BodySide } from '../engine/index.js';
import type { Anthropometry } from './anthropometry.js';
import { lateralOffsetM, type ModelPose, type SagittalPoint } from './leg-press-model.js';
import type { CameraParams } from './types.js';

export interface LandmarkSlot {
  readonly point: SagittalPoint;
  /** Body side of the point; null for the nose (on the mid-plane). */
  readonly side: BodySide | null;
}

/** Maps a MoveNet/BlazePose landmark name to the model point it shows. */
export function slotOf(name: string): LandmarkSlot {
  if (name === 'nose') return { point: 'nose', side: null };
  if (name.startsWith('mouth_')) return { point: 'mouth', side: name.endsWith('left') ? 'left' : 'right' };
  const side: BodySide = name.startsWith('left_') ? 'left' : 'right';
  const point = name.slice(side.length + 1) as SagittalPoint;
  return { point, side };
}

export interface Camera {
  readonly distanceM: number;
  readonly nearSide: BodySide;
  /** Image position of a model point on the given side. */
  project(pose: ModelPose, slot: LandmarkSlot): { x: number; y: number };
  /** Perspective scale (px per metre) of a slot: constant per slot, so callers can cache it. */
  scaleOf(slot: LandmarkSlot): number;
  /** Projection constants, for callers that project millions of points without allocating. */
  readonly centreXPx: number;
  readonly centreYPx: number;
  readonly centreXM: number;
  readonly centreYM: number;
  /** +1 when the lifter faces right in the image, -1 when mirrored. */
  readonly signX: number;
  /** Image position of a sagittal point at a known perspective scale. */
  projectAt(p: { readonly x: number; readonly y: number }, scalePxPerM: number): { x: number; y: number };
}

export function fitCamera(body: Anthropometry, poses: readonly ModelPose[], params: CameraParams): Camera {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const pose of poses) {
    for (const p of Object.values(pose.points)) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
  }
  const w = params.imageWidthPx;
  const h = params.imageHeightPx;
  const f = w / 2 / Math.tan(((params.hfovDeg / 2) * Math.PI) / 180);
  const spanRatio = Math.max((maxX - minX) / w, (maxY - minY) / h);
  const distanceM = (f * spanRatio) / params.fill;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const sign = params.facing === 'right' ? 1 : -1;
  // A lifter facing right in the image shows the camera their right side.
  const nearSide: BodySide = params.facing === 'right' ? 'right' : 'left';
  const scaleOf = (slot: LandmarkSlot): number => {
    const lateral = lateralOffsetM(body, slot.point);
    const z = slot.side === null ? 0 : slot.side === nearSide ? lateral : -lateral;
    return f / (distanceM - z);
  };
  const projectAt = (p: { readonly x: number; readonly y: number }, k: number): { x: number; y: number } => ({
    x: w / 2 + sign * k * (p.x - cx),
    y: h / 2 - k * (p.y - cy),
  });
  return {
    distanceM,
    nearSide,
    centreXPx: w / 2,
    centreYPx: h / 2,
    centreXM: cx,
    centreYM: cy,
    signX: sign,
    scaleOf,
    projectAt,
    project: (pose, slot) => projectAt(pose.points[slot.point], scaleOf(slot)),
  };
}
