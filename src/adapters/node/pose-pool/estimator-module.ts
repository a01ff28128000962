import type { PoseEstimator, PoseModelName } from '../../../pose/pose-estimator.js';

/**
 * A module a worker can load to build its own estimator (its own tfjs backend). The default is
 * `node-estimator.ts`; tests pass a fake, so the pool is tested without the model.
 */
export interface EstimatorModule {
  createEstimator(model: PoseModelName): Promise<PoseEstimator>;
}

/** Same file in dev (TypeScript under tsx/vitest) and in dist (compiled JavaScript). */
export function siblingModuleUrl(baseUrl: string, name: string): URL {
  const ext = baseUrl.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${ext}`, baseUrl);
}

export async function loadEstimatorModule(url: string): Promise<EstimatorModule> {
  const mod = (await import(url)) as Partial<EstimatorModule>;
  if (typeof mod.createEstimator !== 'function')
    throw new Error(`${url} does not export createEstimator(model)`);
  return mod as EstimatorModule;
}
