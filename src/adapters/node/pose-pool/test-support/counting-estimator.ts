/**
 * A stand-in estimator module that records what happens to each estimator it builds (loads, resets, disposals),
 * for the tests of kept estimators. `SPOTTER_FAKE_LOAD=fail` makes the load fail.
 */
import type { PoseEstimator, PoseModelName } from '../../../../pose/pose-estimator.js';

export interface EstimatorEvents {
  readonly built: number[];
  readonly resets: number[];
  readonly disposed: number[];
}

const registry = globalThis as { __countingEstimator?: EstimatorEvents };

export function estimatorEvents(): EstimatorEvents {
  return (registry.__countingEstimator ??= { built: [], resets: [], disposed: [] });
}

export async function createEstimator(model: PoseModelName): Promise<PoseEstimator> {
  await Promise.resolve();
  if (process.env.SPOTTER_FAKE_LOAD === 'fail') throw new Error('fake load failure');
  const events = estimatorEvents();
  const id = events.built.length + 1;
  events.built.push(id);
  return {
    model,
    landmarkSet: 'movenet17',
    estimate: () => Promise.resolve(null),
    reset: () => events.resets.push(id),
    dispose: () => events.disposed.push(id),
  };
}
