import { LANDMARK_SETS, type LandmarkSetId } from '../../../engine/core/landmarks.js';
import type { KeypointTrack, PoseFrame } from '../../../engine/core/track.js';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import type { SizePx } from '../video/analysis-size.js';
import { unpackKeypoints, type PoseSample } from './pose-sample.js';

export function landmarkSetOf(model: PoseModelName): LandmarkSetId {
  return model.startsWith('blazepose') ? 'blazepose33' : 'movenet17';
}

/** The engine's input: one frame per analysed video frame; frames where nobody was found have all-null keypoints. */
export function samplesToTrack(
  samples: readonly PoseSample[],
  size: SizePx,
  model: PoseModelName,
  file: string,
): KeypointTrack {
  const landmarkSet = landmarkSetOf(model);
  const empty = LANDMARK_SETS[landmarkSet].names.map(() => null);
  const frames: PoseFrame[] = samples.map((s) => ({
    tS: s.tS,
    keypoints: s.keypoints !== null ? unpackKeypoints(s.keypoints) : empty,
  }));
  return {
    landmarkSet,
    imageWidthPx: size.widthPx,
    imageHeightPx: size.heightPx,
    frames,
    source: { kind: 'video', model, file: file.split(/[\\/]/).pop() ?? file },
  };
}
