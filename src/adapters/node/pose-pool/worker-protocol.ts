import type { LandmarkSetId } from '../../../engine/index.js';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import type { DecodeOptions, DecodeSummary } from '../video/decode-frames.js';
import type { SegmentTimings } from './estimate-segment.js';
import type { SampleBatch } from './sample-batch.js';

/** What a worker is asked to do (structured-clone safe). */
export interface WorkerJob {
  readonly decode: DecodeOptions;
  readonly model: PoseModelName;
  readonly estimatorModuleUrl: string;
}

export type WorkerMessage =
  | { readonly type: 'samples'; readonly batch: SampleBatch }
  | {
      readonly type: 'done';
      readonly summary: DecodeSummary;
      readonly timings: SegmentTimings & { modelLoadMs: number };
      readonly landmarkSet: LandmarkSetId;
    }
  | { readonly type: 'error'; readonly message: string };
