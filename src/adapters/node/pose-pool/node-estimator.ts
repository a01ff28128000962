/** The real estimators for Node: model files from the installed package, tfjs on the wasm backend. */
import { createPoseEstimator } from '../../../pose/create-pose-estimator.js';
import type { PoseEstimator, PoseModelName } from '../../../pose/pose-estimator.js';
import { createNodeModelFileSource } from '../model-files.js';
import { initNodeWasmBackend } from '../tfjs-node-backend.js';

export async function createEstimator(model: PoseModelName): Promise<PoseEstimator> {
  const tf = await initNodeWasmBackend();
  return createPoseEstimator(model, { files: createNodeModelFileSource(), tf }, { warmUp: true });
}
