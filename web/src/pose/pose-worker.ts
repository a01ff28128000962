/**
 * Pose estimation off the main thread: tfjs wasm (SIMD; threads when cross-origin isolated), or webgl
 * when 'auto' measures it faster on this device. Model files come from the app's own origin.
 */
import { createFetchModelFileSource } from '../../../src/adapters/browser/model-files.js';
import {
  initBrowserBackend,
  tf,
  type BrowserBackend,
} from '../../../src/adapters/browser/tfjs-browser-backend.js';
import { createPoseEstimator } from '../../../src/pose/create-pose-estimator.js';
import type { PoseEstimator, PoseModelName } from '../../../src/pose/pose-estimator.js';
import type { FromWorker, ToWorker } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

let estimator: PoseEstimator | null = null;
const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);

async function load(model: PoseModelName, backend: BrowserBackend, baseUrl: string) {
  const info = await initBrowserBackend(backend, new URL('wasm/', baseUrl).href);
  estimator?.dispose();
  estimator = await createPoseEstimator(
    model,
    { tf, files: createFetchModelFileSource(new URL('models/', baseUrl)) },
    { warmUp: true },
  );
  return info;
}

/** Mean ms of a few inferences on a grey frame (after warm-up), to compare backends. */
async function timeInference(est: PoseEstimator): Promise<number> {
  const frame = { data: new Uint8Array(320 * 240 * 3).fill(128), widthPx: 320, heightPx: 240 };
  await est.estimate(frame, 0);
  const t0 = performance.now();
  const n = 5;
  for (let i = 1; i <= n; i++) await est.estimate(frame, i * 33);
  est.reset();
  return (performance.now() - t0) / n;
}

async function init(model: PoseModelName, choice: ToWorker & { type: 'init' }) {
  const measuredMs: Record<string, number> = {};
  let info = await load(model, choice.backend === 'webgl' ? 'webgl' : 'wasm', choice.baseUrl);
  if (choice.backend === 'auto') {
    measuredMs.wasm = await timeInference(estimator!);
    try {
      const gl = await load(model, 'webgl', choice.baseUrl);
      measuredMs.webgl = await timeInference(estimator!);
      if (measuredMs.webgl < measuredMs.wasm) info = gl;
      else info = await load(model, 'wasm', choice.baseUrl);
    } catch {
      info = await load(model, 'wasm', choice.baseUrl);
    }
  }
  post({
    type: 'ready',
    model,
    backend: info.backend,
    threads: info.threads,
    crossOriginIsolated: info.crossOriginIsolated,
    landmarkSet: estimator!.landmarkSet,
    measuredMs,
  });
}

// Frames are handled one at a time, in order (tracking state depends on order).
let queue: Promise<void> = Promise.resolve();

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  queue = queue.then(async () => {
    try {
      if (msg.type === 'init') await init(msg.model, msg);
      else if (msg.type === 'reset') estimator?.reset();
      else {
        if (estimator === null) throw new Error('The pose model is not loaded yet.');
        const t0 = performance.now();
        const pose = await estimator.estimate(
          { data: new Uint8Array(msg.data), widthPx: msg.widthPx, heightPx: msg.heightPx },
          msg.tMs,
        );
        post({
          type: 'pose',
          id: msg.id,
          keypoints: pose?.keypoints ?? null,
          score: pose?.score ?? 0,
          inferMs: performance.now() - t0,
        });
      }
    } catch (err) {
      post({
        type: 'error',
        ...(msg.type === 'frame' && { id: msg.id }),
        message: err instanceof Error ? err.message : String(err),
      });
    }
  });
};
