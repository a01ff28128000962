import type { LandmarkSetId } from './landmarks.js';

/** One detected body point in image pixels; `score` is the model's confidence in [0, 1]. */
export interface KeypointPx {
  readonly x: number;
  readonly y: number;
  readonly score: number;
  /**
   * Depth relative to the midpoint of the hips, in image pixels (the scale of x), smaller = nearer the camera:
   * from 3D-aware models (BlazePose); absent otherwise.
   */
  readonly zPx?: number;
}

/** One video frame's pose: `keypoints[i]` follows the landmark set's order; null = not detected. */
export interface PoseFrame {
  /** Presentation time of the frame in seconds from the start of the video (variable frame rate allowed). */
  readonly tS: number;
  readonly keypoints: readonly (KeypointPx | null)[];
}

/** Where a track came from; informational, carried into the report. */
export interface TrackSource {
  readonly kind: 'video' | 'simulator' | 'live' | 'other';
  readonly model?: string;
  readonly file?: string;
}

/**
 * A 2D keypoint track of one person over a set: the engine's input.
 * Image coordinates: x to the right, y downwards, in pixels.
 */
export interface KeypointTrack {
  readonly landmarkSet: LandmarkSetId;
  readonly imageWidthPx: number;
  readonly imageHeightPx: number;
  readonly frames: readonly PoseFrame[];
  readonly source?: TrackSource;
}
