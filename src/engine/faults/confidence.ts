/** Confidence of a finding: how clearly the joints were seen, times how far past the threshold it went. */

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

/**
 * 0.5 right at the threshold, rising to 1 at `fullScale` past it: a measure that only just crosses a
 * threshold could be keypoint noise (2D joint angles carry ~4-7 deg error, evidence.md §2).
 */
export function marginFactor(excess: number, fullScale: number): number {
  if (!(fullScale > 0)) return excess > 0 ? 1 : 0.5;
  return 0.5 + 0.5 * clamp01(excess / fullScale);
}

export function findingConfidence(meanJointScore: number, margin: number): number {
  return clamp01(meanJointScore * margin);
}
