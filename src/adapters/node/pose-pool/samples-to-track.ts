import {
  LANDMARK_SETS,
  type KeypointPx,
  type KeypointTrack,
  type LandmarkSetId,
  type PoseFrame,
} from '../../../engine/index.js';
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

/**
 * A track frame that keeps the sample's packed keypoints and unpacks them only when read. The engine reads each
 * frame's keypoints once (conditioning's extraction), so an hour at 15 fps (54,000 frames) holds ~60 bytes a
 * frame plus the packed samples instead of ~3.5 KB of keypoint objects a frame (BlazePose's 33 points, each an
 * object with three boxed doubles): ~190 MB less at the peak of a long video.
 */
class PackedPoseFrame implements PoseFrame {
  readonly #sample: PoseSample;
  readonly #landmarkSet: LandmarkSetId;

  constructor(
    readonly tS: number,
    sample: PoseSample,
    landmarkSet: LandmarkSetId,
  ) {
    this.#sample = sample;
    this.#landmarkSet = landmarkSet;
  }

  get keypoints(): readonly (KeypointPx | null)[] {
    const packed = this.#sample.keypoints;
    const set = LANDMARK_SETS[this.#landmarkSet];
    return packed !== null ? unpackKeypoints(packed, set) : set.names.map(() => null);
  }

  /** As a plain frame (JSON.stringify, test equality). */
  toJSON(): PoseFrame {
    return { tS: this.tS, keypoints: this.keypoints };
  }
}

/** One track frame; frames where nobody was found have all-null keypoints. Keypoints are unpacked when read. */
export function sampleToFrame(sample: PoseSample, landmarkSet: LandmarkSetId): PoseFrame {
  return new PackedPoseFrame(sample.tS, sample, landmarkSet);
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
