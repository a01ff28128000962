/**
 * The TF.js `wasm` backend in Node: the .wasm binaries are read from the installed package folder.
 * (`@tensorflow/tfjs-node` cannot be installed here; the pure-JS `cpu` backend is 30-40x slower.)
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type TfCore = typeof tf;

let ready: Promise<TfCore> | undefined;

/** Directory holding tfjs-backend-wasm*.wasm, with a trailing separator as setWasmPaths expects. */
export function resolveWasmDir(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@tensorflow/tfjs-backend-wasm');
  // `main` is .../dist/tf-backend-wasm.node.js: the binaries sit beside it.
  return path.dirname(main) + path.sep;
}

/**
 * Selects the wasm backend once per process (or worker thread) and returns tfjs-core.
 * `threads` > 1 is not used: in Node the multi-threaded build needs a worker-thread setup TF.js lacks,
 * so parallelism is done by running one backend per worker thread instead.
 */
export function initNodeWasmBackend(): Promise<TfCore> {
  ready ??= (async () => {
    setWasmPaths(resolveWasmDir());
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('Could not start the TF.js wasm backend.');
    await tf.ready();
    return tf;
  })();
  return ready;
}
