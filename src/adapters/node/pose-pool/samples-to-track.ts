import { LANDMARK_SETS, type LandmarkSetId } from '../../../engine/core/landmarks.js';
import type { KeypointTrack, PoseFrame } from '../../../engine/core/track.js';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import type { SizePx } from '../video/analysis-size.js';
import { unpackKeypoints, type PoseSample } from './pose-sample.js';

export function landmarkSetOf(model: PoseModelName): LandmarkSetId {
  return model.startsWith('blazepose') ? 'blazepose33' : 'movenet17';
}

/** Everything in a track but its frames. */
/** `landmarkSet` as the estimator reported it; by default what the model name implies. */
export function trackMeta(
  size: SizePx,
  model: PoseModelName,
  file: string,
  landmarkSet: LandmarkSetId = landmarkSetOf(model),
): Omit<KeypointTrack, 'frames'> {
  return {
    landmarkSet,
    imageWidthPx: size.widthPx,
    imageHeightPx: size.heightPx,
    source: { kind: 'video', model, file: file.split(/[\\/]/).pop() ?? file },
  };
}

/** One track frame; frames where nobody was found have all-null keypoints. */
export function sampleToFrame(sample: PoseSample, landmarkSet: LandmarkSetId): PoseFrame {
  const keypoints =
    sample.keypoints !== null
      ? unpackKeypoints(sample.keypoints)
      : LANDMARK_SETS[landmarkSet].names.map(() => null);
  return { tS: sample.tS, keypoints };
}

/** The engine's input: one frame per analysed video frame. */
export function samplesToTrack(
  samples: readonly PoseSample[],
  size: SizePx,
  model: PoseModelName,
  file: string,
): KeypointTrack {
  const meta = trackMeta(size, model, file);
  return { ...meta, frames: samples.map((s) => sampleToFrame(s, meta.landmarkSet)) };
}
