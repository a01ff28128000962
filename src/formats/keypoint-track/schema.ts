/**
 * The zod schemas of keypoint track format v1: the header, and one frame. Rules that span frames (keypoint
 * count per landmark set, timestamp order) are checked frame by frame in parse-keypoint-track.ts, so an
 * hour-long file is validated without building a second copy of every frame.
 */
import { z } from 'zod';
import { LANDMARK_SETS, type LandmarkSetId } from '../../engine/index.js';
import { TRACK_FORMAT_ID, TRACK_FORMAT_VERSION } from './constants.js';

/** z.number() already rejects NaN and Infinity (e.g. `1e999` in the JSON text). */
const coordinatePx = z.number();
const score = z.number().min(0).max(1);

/**
 * `[x, y, score]` in image pixels, or `[x, y, score, z]` from models that estimate depth (z: relative to the
 * hips' midpoint, in image pixels, smaller = nearer the camera), or null when the model did not detect the point.
 */
export const keypointSchema = z
  .tuple([coordinatePx, coordinatePx, score, coordinatePx.optional()])
  .nullable();

export const frameSchema = z.object({
  tS: z.number().min(0),
  keypoints: z.array(keypointSchema),
});

export const sourceSchema = z.object({
  kind: z.enum(['video', 'simulator', 'live', 'other']),
  model: z.string().optional(),
  file: z.string().optional(),
});

const landmarkSetIds = Object.keys(LANDMARK_SETS) as [LandmarkSetId, ...LandmarkSetId[]];

/** Everything but the frames' content (each frame is checked against `frameSchema`). */
export const headerSchema = z.object({
  format: z.literal(TRACK_FORMAT_ID),
  version: z.literal(TRACK_FORMAT_VERSION),
  landmarkSet: z.enum(landmarkSetIds),
  image: z.object({ widthPx: z.number().positive(), heightPx: z.number().positive() }),
  source: sourceSchema.optional(),
  frames: z.array(z.unknown()),
});

export type TrackHeaderV1 = z.infer<typeof headerSchema>;
export type FrameV1 = z.infer<typeof frameSchema>;
