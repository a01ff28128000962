/** One pose worker for the whole app, (re)initialised when a different model or backend is asked for. */
import { DEFAULT_POSE_MODEL } from '../../../src/pose/create-pose-estimator.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import { PoseClient } from './pose-client.js';
import type { BackendChoice, WorkerReady } from './protocol.js';

let client: PoseClient | null = null;
let ready: Promise<WorkerReady> | null = null;
let key = '';

/** `?backend=webgl|wasm|auto` in the URL overrides the default (wasm; measured in docs/performance.md). */
export function backendFromUrl(): BackendChoice {
  const b = new URLSearchParams(location.search).get('backend');
  return b === 'webgl' || b === 'auto' || b === 'wasm' ? b : 'wasm';
}

export async function getPoseClient(
  model: PoseModelName = DEFAULT_POSE_MODEL,
  backend: BackendChoice = backendFromUrl(),
): Promise<PoseClient> {
  const k = `${model}/${backend}`;
  if (client === null || k !== key) {
    client ??= new PoseClient();
    key = k;
    const c = client;
    ready = c.init(model, backend).catch((err: unknown) => {
      key = '';
      throw err;
    });
  }
  await ready;
  return client;
}
