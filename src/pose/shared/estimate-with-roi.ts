/**
 * The per-frame tracking loop every model shares: try the tracker's crops in order, keep the first pose
 * good enough, and when the person was just (re)acquired on a wide view, run once more on the tight
 * crop framed from that pose, so the model sees the body large from the first frame on.
 */
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx, PoseEstimate } from '../pose-estimator.js';
import type { RoiTracker } from '../roi/roi-tracker.js';
import type { FrameSizePx } from '../roi/roi-geometry.js';

export interface CropPose {
  /** Keypoints already mapped to full-image pixels. */
  readonly keypoints: readonly (KeypointPx | null)[];
  readonly score: number;
}

export interface EstimateWithRoiOptions {
  /** Runs the model on one crop of the current frame. */
  readonly runCrop: (roi: BoxPx) => Promise<CropPose>;
  /** Replaces the whole-frame attempt with a person detector (BlazePose); null = nobody detected. */
  readonly acquire?: () => Promise<BoxPx | null>;
}

export async function estimateWithRoi(
  tracker: RoiTracker,
  frame: FrameSizePx,
  options: EstimateWithRoiOptions,
): Promise<PoseEstimate | null> {
  for (const candidate of tracker.candidates(frame)) {
    const roi = candidate.kind === 'full' && options.acquire ? await options.acquire() : candidate.roi;
    if (roi == null) continue;
    let pose = await options.runCrop(roi);
    if (!tracker.accepts(pose.score)) continue;
    let usedRoi = roi;
    if (candidate.kind !== 'tracked') {
      const tight = tracker.frame(pose.keypoints, frame);
      if (tight != null && tight.width < roi.width * 0.9) {
        const refined = await options.runCrop(tight);
        if (refined.score >= pose.score) {
          pose = refined;
          usedRoi = tight;
        }
      }
    }
    tracker.update(pose.keypoints, frame);
    return { keypoints: pose.keypoints, score: pose.score, roi: usedRoi };
  }
  tracker.update(null, frame);
  return null;
}
