import type { KeypointPx } from '../../../engine/core/track.js';
import type { BoxPx, RgbFrame } from '../../../pose/pose-estimator.js';

/**
 * What the pool keeps per analysed frame: the pose (or null) and cheap picture facts for bad-input checks.
 * Keypoints are packed `x, y, score` triplets (NaN = not detected): ~200 bytes a frame instead of ~1 KB of
 * objects, so an hour at 30 fps stays ~40 MB, and typed arrays cross the worker boundary cheaply.
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

export function packKeypoints(keypoints: readonly (KeypointPx | null)[]): Float32Array {
  const packed = new Float32Array(keypoints.length * 3).fill(Number.NaN);
  keypoints.forEach((p, i) => {
    if (p === null) return;
    packed[i * 3] = p.x;
    packed[i * 3 + 1] = p.y;
    packed[i * 3 + 2] = p.score;
  });
  return packed;
}

export function unpackKeypoints(packed: Float32Array): (KeypointPx | null)[] {
  const out: (KeypointPx | null)[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const x = packed[i] ?? Number.NaN;
    const y = packed[i + 1] ?? Number.NaN;
    const score = packed[i + 2] ?? Number.NaN;
    // Float32 storage: round to 0.01 px / 0.0001 so saved tracks do not carry float noise digits.
    out.push(
      Number.isNaN(x)
        ? null
        : {
            x: Math.round(x * 100) / 100,
            y: Math.round(y * 100) / 100,
            score: Math.round(score * 1e4) / 1e4,
          },
    );
  }
  return out;
}
