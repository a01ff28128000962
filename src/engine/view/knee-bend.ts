import type { ViewConfig } from '../config/view-config.js';

export interface KneeBendConsistency {
  /** Frames whose knee reads at least `kneeBendMinDeg` from straight, either way. */
  readonly bentFrames: number;
  /** Of those, the share bent the other way from the majority (0..0.5); NaN when too few frames are bent. */
  readonly flipFraction: number;
}

/**
 * Whether the knee bends the same way all set long. Seen side-on, a knee always bends towards the lifter's
 * front; it cannot hyperextend more than a few degrees, so a reading well past straight in the other
 * direction is not a knee bending backwards. A knee that bends one way in some frames and the other way in
 * others is seen nearly edge-on (a camera behind or in front of the lifter), moving out of the sagittal plane
 * (which only a turned camera shows), or is a mix of the two legs. The majority direction is taken as "front",
 * so a set whose facing was decided the wrong way round (every frame mirrored) reads as consistent: that is
 * not a camera problem. Pure; O(frames).
 */
export function kneeBendConsistency(kneeDeg: ArrayLike<number>, config: ViewConfig): KneeBendConsistency {
  let forward = 0;
  let backward = 0;
  for (let i = 0; i < kneeDeg.length; i++) {
    const k = kneeDeg[i]!;
    if (!Number.isFinite(k) || Math.abs(180 - k) < config.kneeBendMinDeg) continue;
    if (k < 180) forward++;
    else backward++;
  }
  const bentFrames = forward + backward;
  const flipFraction =
    bentFrames >= config.kneeBendMinFrames ? Math.min(forward, backward) / bentFrames : Number.NaN;
  return { bentFrames, flipFraction };
}

/** The knee's bend direction flips often enough that it is not seen side-on (false when it cannot tell). */
export function kneeBendFlips(consistency: KneeBendConsistency, config: ViewConfig): boolean {
  return consistency.flipFraction > config.maxKneeBendFlipFraction;
}
