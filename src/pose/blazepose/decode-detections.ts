/**
 * Decodes the detector's raw [2254, 13] output into people: score, box and the two alignment keypoints,
 * all in [0, 1] of the detector's square input; overlapping boxes are merged by greedy NMS.
 */
import type { Anchor } from './anchors.js';
import { DETECTOR_HIP_KP, DETECTOR_SCALE_KP, DETECTOR_VALUES_PER_ANCHOR } from './constants.js';

export interface PersonDetection {
  readonly score: number;
  /** Box centre and size (the detector's box is the face/head box in MediaPipe's model). */
  readonly box: { readonly cx: number; readonly cy: number; readonly w: number; readonly h: number };
  readonly hip: { readonly x: number; readonly y: number };
  readonly scalePoint: { readonly x: number; readonly y: number };
}

export function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

export function decodeDetections(
  raw: ArrayLike<number>,
  anchors: readonly Anchor[],
  inputPx: number,
  minScore: number,
  nmsIou: number,
): PersonDetection[] {
  const n = DETECTOR_VALUES_PER_ANCHOR;
  if (raw.length !== anchors.length * n) {
    throw new RangeError(`Detector output has ${raw.length} values, expected ${anchors.length * n}.`);
  }
  const found: PersonDetection[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const o = i * n;
    const score = sigmoid(raw[o] ?? -Infinity);
    if (!(score >= minScore)) continue;
    const a = anchors[i] as Anchor;
    const at = (k: number): number => (raw[o + k] ?? 0) / inputPx;
    const kp = (j: number): { x: number; y: number } => ({ x: at(5 + 2 * j) + a.x, y: at(6 + 2 * j) + a.y });
    found.push({
      score,
      box: { cx: at(1) + a.x, cy: at(2) + a.y, w: at(3), h: at(4) },
      hip: kp(DETECTOR_HIP_KP),
      scalePoint: kp(DETECTOR_SCALE_KP),
    });
  }
  found.sort((p, q) => q.score - p.score);
  const kept: PersonDetection[] = [];
  for (const d of found) {
    if (kept.every((k) => iou(k.box, d.box) <= nmsIou)) kept.push(d);
  }
  return kept;
}

function iou(a: PersonDetection['box'], b: PersonDetection['box']): number {
  const ix = Math.max(0, Math.min(a.cx + a.w / 2, b.cx + b.w / 2) - Math.max(a.cx - a.w / 2, b.cx - b.w / 2));
  const iy = Math.max(0, Math.min(a.cy + a.h / 2, b.cy + b.h / 2) - Math.max(a.cy - a.h / 2, b.cy - b.h / 2));
  const inter = ix * iy;
  const union = a.w * a.h + b.w * b.h - inter;
  return union > 0 ? inter / union : 0;
}
