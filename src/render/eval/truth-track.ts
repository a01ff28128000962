/**
 * The ground truth as a keypoint track (perfect 2D joints, score 1): analysing it separates what the pose
 * model loses from what the engine itself loses (2D perspective, segmentation, thresholds).
 */
import { LANDMARK_SETS, type KeypointPx, type KeypointTrack } from '../../engine/index.js';
import type { RenderTruth } from '../ground-truth.js';

export function truthToTrack(truth: RenderTruth): KeypointTrack {
  const names = LANDMARK_SETS.blazepose33.names;
  const idx = names.map((n) => truth.names.indexOf(n));
  return {
    landmarkSet: 'blazepose33',
    imageWidthPx: truth.video.widthPx,
    imageHeightPx: truth.video.heightPx,
    frames: truth.frames.map((f) => ({
      tS: f.tS,
      keypoints: idx.map((i): KeypointPx | null =>
        i < 0 ? null : { x: f.xy[2 * i]!, y: f.xy[2 * i + 1]!, score: 1 },
      ),
    })),
    source: { kind: 'other', model: 'rendered ground truth' },
  };
}
