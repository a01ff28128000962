/**
 * The one factory: `createPoseEstimator('movenet-lightning', { files, tf })`.
 * Platform bits (model files, tfjs backend) are injected; this folder never touches Node or the DOM.
 */
import type { PoseEstimator, PoseModelName } from './pose-estimator.js';
import type { PoseEstimatorDeps, PoseEstimatorOptions } from './pose-estimator-deps.js';
import { MoveNetEstimator } from './movenet/detector.js';
import { BlazePoseEstimator } from './blazepose/detector.js';

export const POSE_MODEL_NAMES: readonly PoseModelName[] = [
  'movenet-lightning',
  'movenet-thunder',
  'blazepose-full',
  'blazepose-heavy',
];

/** Default model: see docs/performance.md for the measurements behind the choice. */
export const DEFAULT_POSE_MODEL: PoseModelName = 'blazepose-full';

export function isPoseModelName(name: string): name is PoseModelName {
  return (POSE_MODEL_NAMES as readonly string[]).includes(name);
}

export async function createPoseEstimator(
  name: PoseModelName,
  deps: PoseEstimatorDeps,
  options: PoseEstimatorOptions = {},
): Promise<PoseEstimator> {
  switch (name) {
    case 'movenet-lightning':
    case 'movenet-thunder':
      return MoveNetEstimator.load(name, deps, options);
    case 'blazepose-full':
    case 'blazepose-heavy':
      return BlazePoseEstimator.load(deps, options, name);
    default: {
      const never: never = name;
      throw new RangeError(`Unknown pose model '${String(never)}'; valid: ${POSE_MODEL_NAMES.join(', ')}.`);
    }
  }
}
