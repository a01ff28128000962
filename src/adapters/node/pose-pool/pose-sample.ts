import type { KeypointPx, LandmarkSet } from '../../../engine/index.js';
import type { BoxPx, RgbFrame } from '../../../pose/pose-estimator.js';

/**
 * What the pool keeps per analysed frame: the pose (or null) and cheap picture facts for bad-input checks.
 * Keypoints are packed `x, y, score` triplets (NaN = not detected), then, from models that estimate depth, the
 * z of the joints the engine reads it for (`LandmarkSet.depthIndices`: hips and knees, 16 bytes): ~200 bytes a frame
 * instead of ~1 KB of objects, so an hour at 30 fps stays ~40 MB, and typed arrays cross the worker boundary
 * cheaply.
 */
export interface PoseSample {
  readonly tS: number;
  readonly keypoints: Float32Array | null;
  readonly score: number;
  readonly roi?: BoxPx;
  readonly peopleInView?: number;
  /** Mean brightness 0..255 (Rec. 601 luma) from a pixel subsample; flags very dark footage. */
  readonly lumaMean: number;
}

/** Mean luma over every `step`-th pixel: a 640x360 frame costs ~2,000 reads instead of 230,000. */
export function meanLuma(frame: RgbFrame, step = 97): number {
  const pixels = frame.widthPx * frame.heightPx;
  let sum = 0;
  let n = 0;
  for (let p = 0; p < pixels; p += step) {
    const i = p * 3;
    sum += 0.299 * (frame.data[i] ?? 0) + 0.587 * (frame.data[i + 1] ?? 0) + 0.114 * (frame.data[i + 2] ?? 0);
    n++;
  }
  return n > 0 ? sum / n : 0;
}

/** `set`: the estimator's landmark set; its depth joints' z is kept when the keypoints carry depth. */
export function packKeypoints(keypoints: readonly (KeypointPx | null)[], set?: LandmarkSet): Float32Array {
  const n = keypoints.length;
  const depth = set !== undefined && keypoints.some((p) => p?.zPx !== undefined) ? set.depthIndices : [];
  const packed = new Float32Array(n * 3 + depth.length).fill(Number.NaN);
  keypoints.forEach((p, i) => {
    if (p === null) return;
    packed[i * 3] = p.x;
    packed[i * 3 + 1] = p.y;
    packed[i * 3 + 2] = p.score;
  });
  depth.forEach((index, k) => (packed[n * 3 + k] = keypoints[index]?.zPx ?? Number.NaN));
  return packed;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** `set` (the one packed with) tells where the triplets end and packed depth begins. */
export function unpackKeypoints(packed: Float32Array, set: LandmarkSet): (KeypointPx | null)[] {
  const n = set.names.length;
  const out: (KeypointPx | null)[] = [];
  for (let p = 0; p < n; p++) {
    const x = packed[p * 3] ?? Number.NaN;
    const y = packed[p * 3 + 1] ?? Number.NaN;
    const score = packed[p * 3 + 2] ?? Number.NaN;
    // Float32 storage: round to 0.01 px / 0.0001 so saved tracks do not carry float noise digits.
    out.push(Number.isNaN(x) ? null : { x: round(x, 2), y: round(y, 2), score: round(score, 4) });
  }
  if (packed.length > n * 3) {
    set.depthIndices.forEach((index, k) => {
      const p = out[index];
      const z = packed[n * 3 + k] ?? Number.NaN;
      if (p != null && Number.isFinite(z)) out[index] = { ...p, zPx: round(z, 2) };
    });
  }
  return out;
}
