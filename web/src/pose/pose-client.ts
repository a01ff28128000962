/** The page's handle on the pose worker: one promise per frame, answered in order. */
import type { KeypointPx } from '../../../src/engine/index.js';
import type { PoseModelName, RgbFrame } from '../../../src/pose/pose-estimator.js';
import type { BackendChoice, FromWorker, ToWorker, WorkerReady } from './protocol.js';

export interface PoseResult {
  readonly keypoints: readonly (KeypointPx | null)[] | null;
  readonly score: number;
  readonly inferMs: number;
}

export class PoseClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: PoseResult) => void; reject: (e: Error) => void }
  >();
  private readyWaiter: { resolve: (r: WorkerReady) => void; reject: (e: Error) => void } | null = null;
  info: WorkerReady | null = null;

  constructor() {
    this.worker = new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (ev: MessageEvent<FromWorker>) => this.onMessage(ev.data);
    this.worker.onerror = (ev) => this.failAll(new Error(ev.message || 'The pose worker crashed.'));
  }

  init(model: PoseModelName, backend: BackendChoice = 'wasm'): Promise<WorkerReady> {
    return new Promise((resolve, reject) => {
      this.readyWaiter = { resolve, reject };
      this.send({ type: 'init', model, backend, baseUrl: new URL('./', document.baseURI).href });
    });
  }

  estimate(frame: RgbFrame, tMs: number): Promise<PoseResult> {
    const id = this.nextId++;
    const data = frame.data.buffer.slice(
      frame.data.byteOffset,
      frame.data.byteOffset + frame.data.byteLength,
    ) as ArrayBuffer;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'frame', id, tMs, widthPx: frame.widthPx, heightPx: frame.heightPx, data }, [data]);
    });
  }

  reset(): void {
    this.send({ type: 'reset' });
  }

  dispose(): void {
    this.worker.terminate();
    this.failAll(new Error('Pose worker stopped.'));
  }

  private send(msg: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(msg, transfer);
  }

  private onMessage(msg: FromWorker): void {
    if (msg.type === 'ready') {
      this.info = msg;
      this.readyWaiter?.resolve(msg);
      this.readyWaiter = null;
    } else if (msg.type === 'pose') {
      this.pending.get(msg.id)?.resolve(msg);
      this.pending.delete(msg.id);
    } else if (msg.id !== undefined) {
      this.pending.get(msg.id)?.reject(new Error(msg.message));
      this.pending.delete(msg.id);
    } else {
      this.readyWaiter?.reject(new Error(msg.message));
      this.readyWaiter = null;
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.readyWaiter?.reject(err);
    this.readyWaiter = null;
  }
}
