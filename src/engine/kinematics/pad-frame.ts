import type { Vec2 } from '../core/geometry.js';

/** Axes of the back pad: origin at the hip's top-of-rep position, `along` towards the shoulders, `front` away from the pad. */
export interface PadFrame {
  readonly origin: Vec2;
  readonly along: Vec2;
  readonly front: Vec2;
}

/** The pad frame from the reference's pad line and front normal (NaN axes when the line is unknown). */
export function padFrame(
  padLine: { readonly from: Vec2; readonly to: Vec2 },
  front: Vec2 | undefined,
): PadFrame {
  const dx = padLine.to.x - padLine.from.x;
  const dy = padLine.to.y - padLine.from.y;
  const len = Math.hypot(dx, dy);
  const along = len > 0 ? { x: dx / len, y: dy / len } : { x: Number.NaN, y: Number.NaN };
  return { origin: padLine.from, along, front: front ?? { x: Number.NaN, y: Number.NaN } };
}
