import type { PoseSample } from './pose-sample.js';

/**
 * Samples as a worker sends them: the batch's keypoints in one Float32Array (frames without a pose have
 * none), the rest per sample. The receiver's samples view slices of that one buffer, so an hour of frames
 * holds one backing store per batch instead of one per frame (~400 bytes less a frame, ~20 MB an hour).
 */
export interface SampleBatch {
  readonly samples: readonly Omit<PoseSample, 'keypoints'>[];
  /** Keypoint values per sample with a pose (x, y, score per landmark). */
  readonly stride: number;
  /** Index into the packed buffer (in strides) per sample, -1 = no pose. */
  readonly slots: Int32Array;
  readonly keypoints: Float32Array;
}

export function packBatch(samples: readonly PoseSample[]): SampleBatch {
  const stride = samples.find((s) => s.keypoints !== null)?.keypoints?.length ?? 0;
  const slots = new Int32Array(samples.length).fill(-1);
  let n = 0;
  samples.forEach((s, i) => {
    if (s.keypoints === null) return;
    // One estimator, one landmark set: a changing count is a bug, not something to drop silently.
    if (s.keypoints.length !== stride) throw new Error('Keypoint count changed within a batch of samples.');
    slots[i] = n++;
  });
  const keypoints = new Float32Array(n * stride);
  const rest = samples.map((s, i) => {
    const slot = slots[i] ?? -1;
    if (slot >= 0 && s.keypoints !== null) keypoints.set(s.keypoints, slot * stride);
    return {
      tS: s.tS,
      score: s.score,
      lumaMean: s.lumaMean,
      ...(s.peopleInView !== undefined ? { peopleInView: s.peopleInView } : {}),
    };
  });
  return { samples: rest, stride, slots, keypoints };
}

export function unpackBatch(batch: SampleBatch): PoseSample[] {
  return batch.samples.map((s, i) => {
    const slot = batch.slots[i] ?? -1;
    const keypoints =
      slot >= 0 ? batch.keypoints.subarray(slot * batch.stride, (slot + 1) * batch.stride) : null;
    return { ...s, keypoints };
  });
}
