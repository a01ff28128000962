/**
 * The zod schema of keypoint track format v1. Structure only; checks that need the whole document (keypoint
 * count per landmark set, timestamp order) live in `superRefine` so every rule sits in this one schema.
 */
import { z } from 'zod';
import { LANDMARK_SETS, type LandmarkSetId } from '../../engine/core/landmarks.js';
import { TRACK_FORMAT_ID, TRACK_FORMAT_VERSION } from './constants.js';

/** z.number() already rejects NaN and Infinity (e.g. `1e999` in the JSON text). */
const coordinatePx = z.number();
const score = z.number().min(0).max(1);

/** `[x, y, score]` in image pixels, or null when the model did not detect the point. */
export const keypointSchema = z.tuple([coordinatePx, coordinatePx, score]).nullable();

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

export const trackFileSchema = z
  .object({
    format: z.literal(TRACK_FORMAT_ID),
    version: z.literal(TRACK_FORMAT_VERSION),
    landmarkSet: z.enum(landmarkSetIds),
    image: z.object({ widthPx: z.number().positive(), heightPx: z.number().positive() }),
    source: sourceSchema.optional(),
    frames: z.array(frameSchema),
  })
  .superRefine((doc, ctx) => {
    const needed = LANDMARK_SETS[doc.landmarkSet].names.length;
    let previousTS = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < doc.frames.length; i++) {
      const frame = doc.frames[i]!;
      if (frame.keypoints.length !== needed) {
        ctx.addIssue({
          code: 'custom',
          path: ['frames', i, 'keypoints'],
          message: `has ${frame.keypoints.length} points; ${doc.landmarkSet} needs ${needed}`,
        });
        return;
      }
      if (frame.tS < previousTS) {
        ctx.addIssue({
          code: 'custom',
          path: ['frames', i, 'tS'],
          message: `is ${frame.tS} s, earlier than the previous frame's ${previousTS} s; timestamps must not decrease`,
        });
        return;
      }
      previousTS = frame.tS;
    }
  });

export type TrackFileV1 = z.infer<typeof trackFileSchema>;
