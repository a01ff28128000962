/**
 * Keypoint noise as pose models produce it: per-joint bias, slowly wandering error, white jitter, missing
 * points and frames, low-confidence (blurred) frames, left/right label swaps, gross outliers, and far-side
 * joints the model can only guess (low score, offset). Distances are in thigh lengths so noise scales with
 * the lifter's size in the image.
 */
import type { NoiseLevel, NoiseParams } from './types.js';

export const NOISE_PRESETS: Readonly<Record<NoiseLevel, NoiseParams>> = {
  none: {
    jitterThighs: 0,
    driftThighs: 0,
    biasThighs: 0,
    pointDropout: 0,
    frameDropout: 0,
    lowConfidenceFrame: 0,
    swap: 0,
    outlier: 0,
    farSideScore: [0.9, 0.9],
    farSideOffsetThighs: 0,
    score: [0.95, 0.95],
    timestampJitter: 0,
  },
  low: {
    jitterThighs: 0.008,
    driftThighs: 0.005,
    biasThighs: 0.01,
    pointDropout: 0.005,
    frameDropout: 0.002,
    lowConfidenceFrame: 0.005,
    swap: 0,
    outlier: 0.001,
    farSideScore: [0.3, 0.6],
    farSideOffsetThighs: 0.03,
    score: [0.7, 0.95],
    timestampJitter: 0,
  },
  moderate: {
    jitterThighs: 0.015,
    driftThighs: 0.01,
    biasThighs: 0.02,
    pointDropout: 0.02,
    frameDropout: 0.01,
    lowConfidenceFrame: 0.02,
    swap: 0.005,
    outlier: 0.005,
    farSideScore: [0.15, 0.5],
    farSideOffsetThighs: 0.06,
    score: [0.55, 0.92],
    timestampJitter: 0.2,
  },
  high: {
    jitterThighs: 0.03,
    driftThighs: 0.02,
    biasThighs: 0.035,
    pointDropout: 0.05,
    frameDropout: 0.03,
    lowConfidenceFrame: 0.05,
    swap: 0.02,
    outlier: 0.015,
    farSideScore: [0.1, 0.45],
    farSideOffsetThighs: 0.1,
    score: [0.45, 0.9],
    timestampJitter: 0.4,
  },
};

export function resolveNoise(noise: NoiseLevel | NoiseParams): NoiseParams {
  return typeof noise === 'string' ? NOISE_PRESETS[noise] : noise;
}
