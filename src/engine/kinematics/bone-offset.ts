import type { PointSeries } from '../conditioning/types.js';

export interface BoneOffsetOptions {
  /** Prior standard deviation of the offset (joint-centre bias), as a fraction of the bone's length. */
  readonly priorSdBones: number;
  /** Standard deviation of one frame's measured bone length (keypoint jitter), fraction of the bone's length. */
  readonly lengthNoiseSdBones: number;
  /** No estimate unless the bone turns through at least this many degrees (5th to 95th percentile). */
  readonly minTurnDeg: number;
}

/**
 * A constant image offset between a bone's two keypoints, pixels: bones do not stretch, so when the measured
 * length of a bone changes with the direction it points in, the end points carry a fixed offset d with
 * |v_i - d| = L (v_i = to - from in frame i). Linearised about d = 0: |v_i| = L + u_i . d (u_i the unit
 * direction), fitted by least squares with a ridge from the prior (a joint-centre bias of the order of a few
 * percent of the bone). Needs the bone to turn: with one direction only the along-bone part of d cannot be told
 * from the length. Null when it turned too little or too few frames see both points. O(frames).
 */
export function boneOffsetPx(
  from: PointSeries,
  to: PointSeries,
  options: BoneOffsetOptions,
): { readonly x: number; readonly y: number } | null {
  const n = from.x.length;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  let count = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    const x = (to.x[i] as number) - (from.x[i] as number);
    const y = (to.y[i] as number) - (from.y[i] as number);
    const len = Math.hypot(x, y);
    if (!Number.isFinite(len) || !(len > 0)) {
      vx[i] = Number.NaN;
      continue;
    }
    vx[i] = x;
    vy[i] = y;
    count++;
    sx += x / len;
    sy += y / len;
  }
  if (count < 10) return null;
  // Turn range about the mean direction (no wrap-around trouble for a bone that turns < 180 deg), from at most
  // ~2000 evenly strided frames so an hour-long track costs no full sort.
  const mean = Math.atan2(sy, sx);
  const stride = Math.max(1, Math.floor(count / 2000));
  const rel: number[] = [];
  for (let i = 0, seen = 0; i < n; i++) {
    const x = vx[i] as number;
    if (Number.isNaN(x) || seen++ % stride !== 0) continue;
    const a = Math.atan2(vy[i] as number, x) - mean;
    rel.push(Math.atan2(Math.sin(a), Math.cos(a)));
  }
  rel.sort((a, b) => a - b);
  const q = (p: number): number => rel[Math.min(rel.length - 1, Math.floor(p * (rel.length - 1)))] as number;
  if (((q(0.95) - q(0.05)) * 180) / Math.PI < options.minTurnDeg) return null;
  // Ridge from the prior: the length residual's variance over the offset's prior variance.
  const ridge = (options.lengthNoiseSdBones / options.priorSdBones) ** 2;
  let dx = 0;
  let dy = 0;
  let meanLen = 0;
  // Gauss-Newton: each pass linearises |v_i - d| about the current d (two passes settle to a fraction of a pixel).
  for (let pass = 0; pass < 3; pass++) {
    let sxx = 0;
    let sxy = 0;
    let syy = 0;
    let sux = 0;
    let suy = 0;
    let sl = 0;
    let sxl = 0;
    let syl = 0;
    for (let i = 0; i < n; i++) {
      const x0 = vx[i] as number;
      if (Number.isNaN(x0)) continue;
      const x = x0 - dx;
      const y = (vy[i] as number) - dy;
      const len = Math.hypot(x, y);
      const ux = x / len;
      const uy = y / len;
      // |v_i - d - e| ~ len_i - u_i . e; fit the total offset d + e, so the ridge pulls the total to zero.
      const target = len + ux * dx + uy * dy;
      sxx += ux * ux;
      sxy += ux * uy;
      syy += uy * uy;
      sux += ux;
      suy += uy;
      sl += target;
      sxl += ux * target;
      syl += uy * target;
    }
    // Normal equations of [ux uy 1] . [dx dy L] = target, ridge on dx and dy; L eliminated.
    const a11 = sxx + ridge - (sux * sux) / count;
    const a12 = sxy - (sux * suy) / count;
    const a22 = syy + ridge - (suy * suy) / count;
    const b1 = sxl - (sux * sl) / count;
    const b2 = syl - (suy * sl) / count;
    const det = a11 * a22 - a12 * a12;
    if (!(det > 0)) return null;
    dx = (b1 * a22 - b2 * a12) / det;
    dy = (a11 * b2 - a12 * b1) / det;
    meanLen = (sl - dx * sux - dy * suy) / count;
  }
  // Larger than the largest joint-centre bias reported (the prior SD) is not a constant keypoint offset: real pose
  // models' bone lengths change with the pose itself, which this fit reads as offsets of 0.2-0.65 bone lengths
  // (BlazePose and MoveNet on rendered sets), and "correcting" those made MoveNet's knee angle worse. Leave it.
  if (!(Math.hypot(dx, dy) <= options.priorSdBones * meanLen)) return null;
  return { x: dx, y: dy };
}

/** The series moved by (dx, dy). */
export function shiftedSeries(p: PointSeries, dx: number, dy: number): PointSeries {
  const x = new Float64Array(p.x.length);
  const y = new Float64Array(p.y.length);
  for (let i = 0; i < x.length; i++) {
    x[i] = (p.x[i] as number) + dx;
    y[i] = (p.y[i] as number) + dy;
  }
  return { x, y, score: p.score };
}
