import type { LandmarkSetId } from './landmarks.js';
import type { KeypointTrack, TrackSource } from './track.js';

/**
 * One landmark over a whole track, one array slot per frame. x, y in image pixels, NaN where the point was not
 * detected; `score` as the model gave it (0 where not detected); `zPx` as `KeypointPx.zPx`, NaN where absent.
 */
export interface PointColumns {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly score: Float64Array;
  /** Present when the track carries depth (a 3D-aware model, see `trackHasDepth`). */
  readonly zPx?: Float64Array;
}

/**
 * A keypoint track held as columns (typed arrays): the in-memory form the engine works on. Holds the same numbers
 * as a `KeypointTrack` (the public JSON form), without one object per keypoint: an hour of BlazePose at 30 fps is
 * 3.5 million keypoints. `points[i]` follows the landmark set's order; undefined for a landmark not carried (a
 * conversion may keep only the points the analysis reads).
 */
export interface ColumnarTrack {
  readonly landmarkSet: LandmarkSetId;
  readonly imageWidthPx: number;
  readonly imageHeightPx: number;
  /** Presentation time of each frame in seconds from the start of the video. */
  readonly tS: Float64Array;
  readonly points: readonly (PointColumns | undefined)[];
  readonly source?: TrackSource;
}

/** A track in either in-memory form. */
export type AnyTrack = KeypointTrack | ColumnarTrack;

export function isColumnarTrack(track: AnyTrack): track is ColumnarTrack {
  return 'points' in track;
}

/** Number of frames of a track in either form. */
export function frameCountOf(track: AnyTrack): number {
  return isColumnarTrack(track) ? track.tS.length : track.frames.length;
}
