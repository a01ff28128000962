/**
 * The tests' fake pose model, slowed to SPOTTER_FAKE_POSE_MS per frame (default 100 ms), so a worker process is
 * still mid-analysis when a test kills it.
 */
import type { PoseEstimator, PoseModelName } from '../../../pose/pose-estimator.js';
import { createEstimator as createFakeEstimator } from '../../../adapters/node/pose-pool/test-support/fake-estimator.js';

export async function createEstimator(model: PoseModelName): Promise<PoseEstimator> {
  const fake = await createFakeEstimator(model);
  const delayMs = Number(process.env.SPOTTER_FAKE_POSE_MS ?? 100);
  return {
    ...fake,
    estimate: async (frame, tMs) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return fake.estimate(frame, tMs);
    },
  };
}
