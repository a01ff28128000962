/**
 * tfjs in the browser (main thread or worker): the wasm backend with SIMD, and threads when the page is
 * cross-origin isolated and `useThreads` (see below); webgl only when asked or when measured faster.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';

export type TfCore = typeof tf;
export type BrowserBackend = 'wasm' | 'webgl';

export interface BackendInfo {
  readonly backend: BrowserBackend;
  /** wasm threads in use (1 = single-threaded). */
  readonly threads: number;
  readonly crossOriginIsolated: boolean;
}

/** `wasmBaseUrl`: folder with the tfjs-backend-wasm*.wasm binaries (served by the app). */
export async function initBrowserBackend(
  backend: BrowserBackend,
  wasmBaseUrl: string,
  useThreads = false,
): Promise<BackendInfo> {
  const isolated = globalThis.crossOriginIsolated === true;
  let threads = 1;
  if (backend === 'wasm') {
    setWasmPaths(wasmBaseUrl);
    if (isolated && useThreads) {
      threads = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1));
      setThreadsCount(threads);
    } else {
      // Single-threaded SIMD build. tfjs 4.22's pthread workers fail inside a bundled module worker
      // ("e is not defined" in the blob workers), so threads are opt-in until that is solved.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    }
  }
  const ok = await tf.setBackend(backend);
  if (!ok) throw new Error(`The ${backend} backend is not available in this browser.`);
  await tf.ready();
  return { backend, threads: backend === 'wasm' ? threads : 1, crossOriginIsolated: isolated };
}

export { tf };
