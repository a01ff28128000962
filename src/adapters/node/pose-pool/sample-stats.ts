/**
 * Checks on the estimator's output that the engine cannot make (it never sees pixels): was anybody found,
 * was the footage too dark, were several people in view. Limits are input-sanity limits, not form thresholds.
 */
import { median } from '../../../engine/index.js';
import type { PoseSample } from './pose-sample.js';

export const INPUT_LIMITS = {
  /** Below this share of frames with a person, there is no set to analyse (a lifter is in view the whole set). */
  minPersonFraction: 0.2,
  /** Median luma (0-255) below this is "very dark": ~2 stops under a normally exposed indoor gym clip (~110). */
  darkLuma: 35,
  /** A clip is "crowded" when more than this share of frames shows more than one person. */
  crowdedFraction: 0.3,
} as const;

export interface SampleStats {
  readonly frames: number;
  readonly framesWithPerson: number;
  readonly personFraction: number;
  readonly medianLuma: number;
  /** Share of frames in which the estimator saw more than one person (0 when it cannot tell). */
  readonly crowdedFraction: number;
  readonly meanScore: number;
}

export function sampleStats(samples: readonly PoseSample[]): SampleStats {
  let withPerson = 0;
  let crowded = 0;
  let scoreSum = 0;
  // Every 4th frame is plenty for a median and keeps hour-long clips cheap.
  const lumas: number[] = [];
  samples.forEach((s, i) => {
    if (s.keypoints !== null) {
      withPerson++;
      scoreSum += s.score;
    }
    if ((s.peopleInView ?? 1) > 1) crowded++;
    if (i % 4 === 0) lumas.push(s.lumaMean);
  });
  const frames = samples.length;
  return {
    frames,
    framesWithPerson: withPerson,
    personFraction: frames > 0 ? withPerson / frames : 0,
    medianLuma: lumas.length === 0 ? 0 : median(lumas),
    crowdedFraction: frames > 0 ? crowded / frames : 0,
    meanScore: withPerson > 0 ? scoreSum / withPerson : 0,
  };
}
