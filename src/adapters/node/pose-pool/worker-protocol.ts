import type { LandmarkSetId } from '../../../engine/core/landmarks.js';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import type { DecodeOptions, DecodeSummary } from '../video/decode-frames.js';
import type { SegmentTimings } from './estimate-segment.js';
import type { PoseSample } from './pose-sample.js';

/** What a worker is asked to do (structured-clone safe). */
export interface WorkerJob {
  readonly decode: DecodeOptions;
  readonly model: PoseModelName;
  readonly estimatorModuleUrl: string;
}

export type WorkerMessage =
  | { readonly type: 'samples'; readonly samples: readonly PoseSample[] }
  | {
      readonly type: 'done';
      readonly summary: DecodeSummary;
      readonly timings: SegmentTimings & { modelLoadMs: number };
      readonly landmarkSet: LandmarkSetId;
    }
  | { readonly type: 'error'; readonly message: string };
