/**
 * Decodes one contiguous time range of a video and runs one estimator over its frames in order, so the
 * estimator's region-of-interest tracking sees an unbroken sequence. Used in a worker or in-process.
 */
import { LANDMARK_SETS, type LandmarkSetId } from '../../../engine/index.js';
import type { PoseEstimator } from '../../../pose/pose-estimator.js';
import { openVideoStream, type DecodeOptions, type DecodeSummary } from '../video/decode-frames.js';
import { meanLuma, packKeypoints, type PoseSample } from './pose-sample.js';

export interface SegmentTimings {
  readonly decodeMs: number;
  readonly estimateMs: number;
  /** From the start of the segment to the first pose result. */
  readonly firstResultMs: number | undefined;
}

/**
 * `estimator` may still be loading: ffmpeg is started first, so its start-up, seek and first frame overlap the
 * model load (a range that starts mid-video decodes from the keyframe before its start).
 */
export async function estimateSegment(
  decode: DecodeOptions,
  estimator: PoseEstimator | Promise<PoseEstimator>,
  onSample: (sample: PoseSample) => void,
): Promise<{ summary: DecodeSummary; timings: SegmentTimings; landmarkSet: LandmarkSetId }> {
  // Each frame is finished (estimated, brightness read) before the next is requested: one buffer serves all.
  const stream = openVideoStream({ ...decode, reuseBuffer: true });
  const startMs = performance.now();
  const frames = stream.frames();
  let next = frames.next();
  let estimateMs = 0;
  let firstResultMs: number | undefined;
  let decodeMs = 0;
  let landmarkSet: LandmarkSetId;
  try {
    const model = await estimator;
    landmarkSet = model.landmarkSet;
    let waitStart = performance.now();
    for (;;) {
      const item = await next;
      if (item.done === true) break;
      const { tS, frame } = item.value;
      decodeMs += performance.now() - waitStart;
      const t0 = performance.now();
      const pose = await model.estimate(frame, tS * 1000);
      estimateMs += performance.now() - t0;
      firstResultMs ??= performance.now() - startMs;
      onSample({
        tS,
        keypoints: pose != null ? packKeypoints(pose.keypoints, LANDMARK_SETS[landmarkSet]) : null,
        score: pose?.score ?? 0,
        // The crop box (pose.roi) is not kept: nothing downstream reads it, and it costs ~120 bytes a frame.
        ...(pose?.peopleInView !== undefined ? { peopleInView: pose.peopleInView } : {}),
        lumaMean: meanLuma(frame),
      });
      waitStart = performance.now();
      next = frames.next();
    }
  } finally {
    // Stops ffmpeg when the model failed to load or an estimate threw (a no-op after the last frame).
    await next.catch(() => undefined);
    await frames.return(undefined);
  }
  return {
    summary: stream.summary(),
    timings: { decodeMs, estimateMs, firstResultMs },
    landmarkSet,
  };
}
