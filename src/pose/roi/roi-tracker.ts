/**
 * Decides where the model looks next. While the lifter is tracked: the crop framed from the last pose.
 * When that crop loses them: a wider crop around the last position (keeps the lifter rather than a
 * bystander), then the whole frame. State only; the estimator runs the model on the suggested crops.
 */
import type { KeypointPx } from '../../engine/index.js';
import type { BoxPx } from '../pose-estimator.js';
import type { RoiConfig } from './roi-config.js';
import { roiFromKeypoints, type RoiBodyIndices } from './roi-from-keypoints.js';
import { fullFrameRoi, scaleRoi, type FrameSizePx } from './roi-geometry.js';

export type RoiKind = 'tracked' | 'reacquire' | 'full';

export interface RoiCandidate {
  readonly roi: BoxPx;
  readonly kind: RoiKind;
}

export class RoiTracker {
  private tracked: BoxPx | null = null;

  constructor(
    private readonly config: RoiConfig,
    private readonly body: RoiBodyIndices,
  ) {}

  /** Crops to try on this frame, in order; the estimator stops at the first that finds the person. */
  candidates(frame: FrameSizePx): RoiCandidate[] {
    const full: RoiCandidate = { roi: fullFrameRoi(frame), kind: 'full' };
    if (this.tracked == null) return [full];
    const wide = scaleRoi(this.tracked, this.config.reacquireScale, frame);
    const list: RoiCandidate[] = [{ roi: this.tracked, kind: 'tracked' }];
    // Skip crops that would repeat (nearly) the same view.
    if (wide.width < full.roi.width * 0.95) list.push({ roi: wide, kind: 'reacquire' });
    if (this.tracked.width < full.roi.width * 0.95) list.push(full);
    return list;
  }

  /** True when a pose found in a crop is good enough to keep (and to frame the next crop from). */
  accepts(score: number): boolean {
    return score >= this.config.minPoseScore;
  }

  /** The crop framed from a pose, or null if it cannot be framed. Does not change state. */
  frame(keypoints: readonly (KeypointPx | null)[], frame: FrameSizePx): BoxPx | null {
    return roiFromKeypoints(keypoints, this.body, frame, this.config);
  }

  /** Records the outcome of a frame: the pose kept (then its crop is tracked) or null when nobody was found. */
  update(keypoints: readonly (KeypointPx | null)[] | null, frame: FrameSizePx): void {
    this.tracked = keypoints == null ? null : this.frame(keypoints, frame);
  }

  /** The crop that will be tried first on the next frame (null = whole frame). */
  get trackedRoi(): BoxPx | null {
    return this.tracked;
  }

  reset(): void {
    this.tracked = null;
  }
}
