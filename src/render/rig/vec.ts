/** Small 3D vector helpers for the rig (plain objects, no allocation tricks: a clip is a few hundred frames). */
import type { V3 } from '../types.js';

export const v3 = (x: number, y: number, z: number): V3 => ({ x, y, z });
export const add3 = (a: V3, b: V3, k = 1): V3 => v3(a.x + k * b.x, a.y + k * b.y, a.z + k * b.z);
export const sub3 = (a: V3, b: V3): V3 => v3(a.x - b.x, a.y - b.y, a.z - b.z);
export const scale3 = (a: V3, k: number): V3 => v3(a.x * k, a.y * k, a.z * k);
export const dot3 = (a: V3, b: V3): number => a.x * b.x + a.y * b.y + a.z * b.z;
export const cross3 = (a: V3, b: V3): V3 =>
  v3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
export const norm3 = (a: V3): number => Math.hypot(a.x, a.y, a.z);
export const unit3 = (a: V3): V3 => scale3(a, 1 / (norm3(a) || 1));

/** Rotates v about the unit axis by angle (Rodrigues). */
export function rotateAbout(v: V3, axis: V3, rad: number): V3 {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  return add3(add3(scale3(v, c), cross3(axis, v), s), axis, dot3(axis, v) * (1 - c));
}
