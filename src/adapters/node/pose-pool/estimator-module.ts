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

/** An estimator being loaded: the promise, and once it resolves the estimator and how long the load took. */
export interface EstimatorLoad {
  readonly loading: Promise<PoseEstimator>;
  /** The loaded estimator (undefined until then), to dispose of whatever happens. */
  estimator(): PoseEstimator | undefined;
  /** Milliseconds from the start of the load to the estimator being ready (0 until then). */
  modelLoadMs(): number;
}

/** Starts loading without waiting, so the caller can start ffmpeg while the model loads. */
export function startEstimatorLoad(moduleUrl: string, model: PoseModelName): EstimatorLoad {
  const loadStart = performance.now();
  let modelLoadMs = 0;
  let estimator: PoseEstimator | undefined;
  const loading = loadEstimatorModule(moduleUrl)
    .then((mod) => mod.createEstimator(model))
    .then((loaded) => {
      modelLoadMs = performance.now() - loadStart;
      estimator = loaded;
      return loaded;
    });
  return { loading, estimator: () => estimator, modelLoadMs: () => modelLoadMs };
}
