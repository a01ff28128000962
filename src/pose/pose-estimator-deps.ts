/** What a platform injects into the estimators: model files and an initialised tfjs-core (backend chosen). */
import type * as tfc from '@tensorflow/tfjs-core';
import type { ModelFileSource } from './pose-estimator.js';
import type { RoiConfig } from './roi/roi-config.js';

export type TfCore = typeof tfc;

export interface PoseEstimatorDeps {
  readonly files: ModelFileSource;
  /** tfjs-core with its backend already set (wasm in Node and in the browser worker). */
  readonly tf: TfCore;
}

/** Load-time options shared by every model. */
export interface PoseEstimatorOptions {
  /** Region-of-interest tracking; defaults in roi/roi-config.ts. */
  readonly roi?: Partial<RoiConfig>;
  /** Run one inference on a blank frame while loading, so the first real frame is not slowed by set-up. */
  readonly warmUp?: boolean;
}
