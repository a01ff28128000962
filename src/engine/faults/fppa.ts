import { angleAtDeg, dot, sub, type Vec2 } from '../core/geometry.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';

function at(series: PointSeries | undefined, f: number): Vec2 | null {
  if (series === undefined) return null;
  const x = series.x[f] as number;
  const y = series.y[f] as number;
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/**
 * Frontal-plane projection angle of one leg, degrees: 180 minus the hip-knee-ankle angle, positive when
 * the knee sits inside the hip-ankle line (towards the other hip = valgus), negative when outside.
 */
export function legFppaDeg(hip: Vec2, knee: Vec2, ankle: Vec2, otherHip: Vec2): number {
  const bend = 180 - angleAtDeg(hip, knee, ankle);
  if (Number.isNaN(bend)) return Number.NaN;
  const axis = sub(ankle, hip);
  const len2 = dot(axis, axis);
  if (!(len2 > 0)) return Number.NaN;
  const t = dot(sub(knee, hip), axis) / len2;
  const offset = sub(knee, { x: hip.x + t * axis.x, y: hip.y + t * axis.y });
  return dot(offset, sub(otherHip, hip)) >= 0 ? bend : -bend;
}

/** The worse (more valgus) leg's FPPA at a frame; NaN when a leg's joints are missing. */
export function worseFppaDeg(track: ConditionedTrack, f: number): number {
  const nh = at(track.near.hip, f);
  const nk = at(track.near.knee, f);
  const na = at(track.near.ankle, f);
  const fh = at(track.far.hip, f);
  const fk = at(track.far.knee, f);
  const fa = at(track.far.ankle, f);
  if (!nh || !nk || !na || !fh || !fk || !fa) return Number.NaN;
  return Math.max(legFppaDeg(nh, nk, na, fh), legFppaDeg(fh, fk, fa, nh));
}
