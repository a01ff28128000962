/** The real estimators for Node: model files from the installed package, tfjs on the wasm backend. */
import { createPoseEstimator } from '../../../pose/create-pose-estimator.js';
import type { PoseEstimator, PoseModelName } from '../../../pose/pose-estimator.js';
import { createNodeModelFileSource } from '../model-files.js';
import { initNodeWasmBackend } from '../tfjs-node-backend.js';

/**
 * No warm-up: a video is a throughput job, and a warm-up inference on a blank picture is one more model run per
 * worker (~80 ms CPU for BlazePose's two stages); the first real frame builds the same kernels.
 */
export async function createEstimator(model: PoseModelName): Promise<PoseEstimator> {
  const tf = await initNodeWasmBackend();
  return createPoseEstimator(model, { files: createNodeModelFileSource(), tf }, { warmUp: false });
}
