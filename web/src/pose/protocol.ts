/** Messages between the page and the pose worker. */
import type { KeypointPx } from '../../../src/engine/index.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import type { BrowserBackend } from '../../../src/adapters/browser/tfjs-browser-backend.js';

export type BackendChoice = BrowserBackend | 'auto';

export type ToWorker =
  | {
      readonly type: 'init';
      readonly model: PoseModelName;
      readonly backend: BackendChoice;
      readonly baseUrl: string;
    }
  | {
      readonly type: 'frame';
      readonly id: number;
      readonly tMs: number;
      readonly widthPx: number;
      readonly heightPx: number;
      /** Packed RGB, transferred. */
      readonly data: ArrayBuffer;
    }
  | { readonly type: 'reset' };

export interface WorkerReady {
  readonly type: 'ready';
  readonly model: PoseModelName;
  readonly backend: BrowserBackend;
  readonly threads: number;
  readonly crossOriginIsolated: boolean;
  readonly landmarkSet: 'movenet17' | 'blazepose33';
  /** Measured ms per inference of each backend tried during 'auto' selection. */
  readonly measuredMs: Readonly<Record<string, number>>;
}

export type FromWorker =
  | WorkerReady
  | {
      readonly type: 'pose';
      readonly id: number;
      readonly keypoints: readonly (KeypointPx | null)[] | null;
      readonly score: number;
      readonly inferMs: number;
    }
  | { readonly type: 'error'; readonly id?: number; readonly message: string };
