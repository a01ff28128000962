/**
 * One interface for every pose model, shared by the CLI (Node) and the web app (browser/worker).
 * Platform specifics (where model files come from, which tfjs backend) are injected by adapters.
 */
import type { KeypointPx, LandmarkSetId } from '../engine/index.js';

export type PoseModelName = 'movenet-lightning' | 'movenet-thunder' | 'blazepose-full' | 'blazepose-heavy';

/** A decoded video frame: tightly packed 8-bit RGB, row-major, `widthPx * heightPx * 3` bytes. */
export interface RgbFrame {
  readonly data: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Axis-aligned box in image pixels. */
export interface BoxPx {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * Rotation of the crop about its centre, radians, crop-to-image (positive turns the crop's "up" towards
   * the image's +x). Absent = 0. BlazePose aligns its crop with the body; MoveNet crops are upright.
   */
  readonly rotationRad?: number;
}

/** The lifter's pose in one frame, keypoints in full-image pixels in the model's landmark set order. */
export interface PoseEstimate {
  readonly keypoints: readonly (KeypointPx | null)[];
  /** Overall person confidence 0..1. */
  readonly score: number;
  /** Region the model looked at (after region-of-interest tracking), full-image pixels. */
  readonly roi: BoxPx;
  /** Number of people the estimator believes are in view, when it can tell (multi-person check). */
  readonly peopleInView?: number;
}

/** Where model files come from: the npm package on disk (Node) or the app's own origin (browser). */
export interface ModelFileSource {
  /** Reads `<name>.json` (TF.js graph model topology + weights manifest). */
  readJson(fileName: string): Promise<unknown>;
  /** Reads a weights shard named in the manifest. */
  readBinary(fileName: string): Promise<ArrayBuffer>;
}

export interface PoseEstimator {
  readonly model: PoseModelName;
  readonly landmarkSet: LandmarkSetId;
  /** Estimates the lifter's pose; `tMs` is the frame's timestamp (drives tracking); null = nobody found. */
  estimate(frame: RgbFrame, tMs: number): Promise<PoseEstimate | null>;
  /** Forgets tracking state (region of interest), e.g. between videos. */
  reset(): void;
  dispose(): void;
}
