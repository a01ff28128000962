/**
 * Test images: a flat-shaded humanoid drawn from joint positions (capsules for limbs, a head with eyes),
 * so tests know where the joints are. Deterministic; not a substitute for rendered people.
 */
import type { RgbFrame } from '../pose-estimator.js';

export interface FigureJointsPx {
  readonly head: readonly [number, number];
  readonly leftShoulder: readonly [number, number];
  readonly rightShoulder: readonly [number, number];
  readonly leftElbow: readonly [number, number];
  readonly rightElbow: readonly [number, number];
  readonly leftWrist: readonly [number, number];
  readonly rightWrist: readonly [number, number];
  readonly leftHip: readonly [number, number];
  readonly rightHip: readonly [number, number];
  readonly leftKnee: readonly [number, number];
  readonly rightKnee: readonly [number, number];
  readonly leftAnkle: readonly [number, number];
  readonly rightAnkle: readonly [number, number];
}

type Rgb = readonly [number, number, number];

/** A standing person facing the camera, `heightPx` tall, feet at (cx, footY). */
export function standingFigure(cx: number, footY: number, heightPx: number): FigureJointsPx {
  const u = heightPx / 8; // head heights
  const y = (heads: number): number => footY - heads * u;
  return {
    head: [cx, y(7.5)],
    leftShoulder: [cx + 0.9 * u, y(6.5)],
    rightShoulder: [cx - 0.9 * u, y(6.5)],
    leftElbow: [cx + 1.1 * u, y(5.1)],
    rightElbow: [cx - 1.1 * u, y(5.1)],
    leftWrist: [cx + 1.2 * u, y(3.9)],
    rightWrist: [cx - 1.2 * u, y(3.9)],
    leftHip: [cx + 0.55 * u, y(4)],
    rightHip: [cx - 0.55 * u, y(4)],
    leftKnee: [cx + 0.6 * u, y(2.1)],
    rightKnee: [cx - 0.6 * u, y(2.1)],
    leftAnkle: [cx + 0.6 * u, y(0.3)],
    rightAnkle: [cx - 0.6 * u, y(0.3)],
  };
}

export function blankFrame(widthPx: number, heightPx: number, rgb: Rgb = [92, 96, 104]): RgbFrame {
  const data = new Uint8Array(widthPx * heightPx * 3);
  for (let i = 0; i < data.length; i += 3) data.set(rgb, i);
  return { data, widthPx, heightPx };
}

export function drawFigure(frame: RgbFrame, j: FigureJointsPx, heightPx: number): void {
  const u = heightPx / 8;
  const skin: Rgb = [224, 172, 140];
  const shirt: Rgb = [40, 90, 170];
  const pants: Rgb = [40, 40, 48];
  const mid = (a: readonly [number, number], b: readonly [number, number]): [number, number] => [
    (a[0] + b[0]) / 2,
    (a[1] + b[1]) / 2,
  ];
  // Legs, torso, arms, head (painter's order).
  for (const [a, b] of [
    [j.leftHip, j.leftKnee],
    [j.leftKnee, j.leftAnkle],
    [j.rightHip, j.rightKnee],
    [j.rightKnee, j.rightAnkle],
  ] as const) {
    capsule(frame, a, b, 0.38 * u, pants);
  }
  capsule(frame, mid(j.leftShoulder, j.rightShoulder), mid(j.leftHip, j.rightHip), 0.95 * u, shirt);
  capsule(frame, j.leftShoulder, j.rightShoulder, 0.35 * u, shirt);
  for (const [a, b] of [
    [j.leftShoulder, j.leftElbow],
    [j.leftElbow, j.leftWrist],
    [j.rightShoulder, j.rightElbow],
    [j.rightElbow, j.rightWrist],
  ] as const) {
    capsule(frame, a, b, 0.22 * u, skin);
  }
  capsule(frame, j.leftAnkle, [j.leftAnkle[0] + 0.5 * u, j.leftAnkle[1] + 0.2 * u], 0.2 * u, pants);
  capsule(frame, j.rightAnkle, [j.rightAnkle[0] - 0.5 * u, j.rightAnkle[1] + 0.2 * u], 0.2 * u, pants);
  capsule(
    frame,
    [j.head[0], j.head[1] + 0.5 * u],
    j.leftShoulder === j.rightShoulder ? j.head : mid(j.leftShoulder, j.rightShoulder),
    0.2 * u,
    skin,
  );
  capsule(frame, j.head, j.head, 0.5 * u, skin);
  capsule(
    frame,
    [j.head[0] - 0.2 * u, j.head[1] - 0.05 * u],
    [j.head[0] - 0.2 * u, j.head[1] - 0.05 * u],
    0.07 * u,
    [30, 30, 30],
  );
  capsule(
    frame,
    [j.head[0] + 0.2 * u, j.head[1] - 0.05 * u],
    [j.head[0] + 0.2 * u, j.head[1] - 0.05 * u],
    0.07 * u,
    [30, 30, 30],
  );
  capsule(
    frame,
    [j.head[0] - 0.15 * u, j.head[1] + 0.25 * u],
    [j.head[0] + 0.15 * u, j.head[1] + 0.25 * u],
    0.04 * u,
    [150, 60, 60],
  );
  capsule(
    frame,
    [j.head[0] - 0.45 * u, j.head[1] - 0.25 * u],
    [j.head[0] + 0.45 * u, j.head[1] - 0.3 * u],
    0.2 * u,
    [60, 40, 25],
  );
}

/** Fills the points within `r` of segment a-b. */
export function capsule(
  frame: RgbFrame,
  a: readonly [number, number],
  b: readonly [number, number],
  r: number,
  rgb: Rgb,
): void {
  const { data, widthPx: w, heightPx: h } = frame;
  const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0]) - r));
  const x1 = Math.min(w - 1, Math.ceil(Math.max(a[0], b[0]) + r));
  const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1]) - r));
  const y1 = Math.min(h - 1, Math.ceil(Math.max(a[1], b[1]) + r));
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5 - a[0];
      const py = y + 0.5 - a[1];
      const t = len2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / len2)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      if (ex * ex + ey * ey <= r * r) data.set(rgb, (y * w + x) * 3);
    }
  }
}
