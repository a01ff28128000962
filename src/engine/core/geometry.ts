/** Small 2D geometry helpers in image coordinates (x right, y down). Pure. */

export interface Vec2 {
  readonly x: number;
  readonly y: number;
}

export const RAD_TO_DEG = 180 / Math.PI;

export function sub(a: Vec2, b: Vec2): Vec2 {
  return { x: a.x - b.x, y: a.y - b.y };
}

export function norm(v: Vec2): number {
  return Math.hypot(v.x, v.y);
}

export function dot(a: Vec2, b: Vec2): number {
  return a.x * b.x + a.y * b.y;
}

export function cross(a: Vec2, b: Vec2): number {
  return a.x * b.y - a.y * b.x;
}

/** Unsigned angle at vertex `b` between rays b->a and b->c, in degrees [0, 180]; NaN if degenerate. */
export function angleAtDeg(a: Vec2, b: Vec2, c: Vec2): number {
  const u = sub(a, b);
  const v = sub(c, b);
  const n = norm(u) * norm(v);
  if (!(n > 0)) return Number.NaN;
  return Math.atan2(Math.abs(cross(u, v)), dot(u, v)) * RAD_TO_DEG;
}

/** Signed angle from vector u to vector v in degrees (-180, 180]; positive = clockwise on screen (y down). */
export function signedAngleDeg(u: Vec2, v: Vec2): number {
  return Math.atan2(cross(u, v), dot(u, v)) * RAD_TO_DEG;
}

/** Signed perpendicular distance of p from the line through a and b (positive to the left of a->b on screen). */
export function distanceFromLine(p: Vec2, a: Vec2, b: Vec2): number {
  const d = sub(b, a);
  const n = norm(d);
  if (!(n > 0)) return Number.NaN;
  return cross(d, sub(p, a)) / n;
}

/** Scalar projection of p - a on the unit direction of a->b. */
export function alongLine(p: Vec2, a: Vec2, b: Vec2): number {
  const d = sub(b, a);
  const n = norm(d);
  if (!(n > 0)) return Number.NaN;
  return dot(d, sub(p, a)) / n;
}
