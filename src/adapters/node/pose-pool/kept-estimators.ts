/**
 * Keeps a loaded estimator between videos in a process that analyses one video after another (a server's job
 * worker), instead of loading the model for each. A kept estimator is reset (tracking state forgotten) before
 * each video, so a video's keypoints do not depend on the video before it; one that failed mid-video is
 * disposed of, not kept. One video at a time per kept estimator: a second video asked for while the first
 * holds it gets an estimator of its own, disposed of after.
 */
import type { PoseEstimator, PoseModelName } from '../../../pose/pose-estimator.js';
import { startEstimatorLoad, type EstimatorLoad } from './estimator-module.js';

/** An estimator lent for one video; `modelLoadMs` is 0 when it was already loaded. */
export interface LentEstimator extends EstimatorLoad {
  /** Ends the loan: `ok` false (the video failed mid-way) disposes of the estimator instead of keeping it. */
  giveBack(ok: boolean): void;
}

export interface KeptEstimators {
  lend(moduleUrl: string, model: PoseModelName): LentEstimator;
  /** Disposes of every kept estimator (a worker stopping). */
  dispose(): void;
}

interface Kept {
  readonly load: EstimatorLoad;
  lent: boolean;
}

/** An estimator loaded for one video and disposed of after it (the CLI, worker threads, a busy kept one). */
export function loadForOneVideo(moduleUrl: string, model: PoseModelName): LentEstimator {
  const load = startEstimatorLoad(moduleUrl, model);
  return { ...load, giveBack: () => load.estimator()?.dispose() };
}

export function createKeptEstimators(): KeptEstimators {
  const kept = new Map<string, Kept>();
  const drop = (key: string, entry: Kept) => {
    if (kept.get(key) === entry) kept.delete(key);
    entry.load.estimator()?.dispose();
  };
  return {
    lend(moduleUrl, model) {
      const key = `${model} ${moduleUrl}`;
      const entry = kept.get(key);
      if (entry?.lent === true) return loadForOneVideo(moduleUrl, model);
      const reused = entry !== undefined;
      const current: Kept = entry ?? { load: startEstimatorLoad(moduleUrl, model), lent: false };
      if (!reused) {
        kept.set(key, current);
        // A model that failed to load is not kept: the next video tries again.
        current.load.loading.catch(() => drop(key, current));
      }
      current.lent = true;
      const loading: Promise<PoseEstimator> = current.load.loading.then((estimator) => {
        if (reused) estimator.reset();
        return estimator;
      });
      return {
        loading,
        estimator: current.load.estimator,
        modelLoadMs: () => (reused ? 0 : current.load.modelLoadMs()),
        giveBack(ok) {
          current.lent = false;
          if (!ok) drop(key, current);
        },
      };
    },
    dispose() {
      for (const [key, entry] of [...kept]) drop(key, entry);
    },
  };
}
