import type { DepthConfig } from '../config/depth-config.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep } from '../reps/types.js';

/**
 * Hip flexion at which the pelvis starts to roll in one rep: the first descent frame where the hip has moved
 * more than `tuckOnsetDepartureThighs` off the pad compared with the rep's own start, confirmed by staying
 * above it for `onsetConfirmFrames` seen frames (through the bottom if need be). NaN when it never rolled.
 */
export function tuckOnsetHipFlexionDeg(k: Kinematics, rep: Rep, config: DepthConfig): number {
  const dep = k.hipDepartureThighs;
  const hip = k.hipFlexionDeg;
  let baseline = Number.NaN;
  for (let i = rep.startFrame; i <= rep.bottomFrame && Number.isNaN(baseline); i++) {
    if (Number.isFinite(dep[i]!)) baseline = dep[i]!;
  }
  if (Number.isNaN(baseline)) return Number.NaN;
  const level = baseline + config.tuckOnsetDepartureThighs;
  let onset = -1;
  let run = 0;
  for (let i = rep.startFrame; i <= rep.endFrame; i++) {
    const d = dep[i]!;
    if (!Number.isFinite(d) || !Number.isFinite(hip[i]!)) continue; // unseen frames neither confirm nor break
    if (d > level) {
      if (run === 0) {
        if (i > rep.bottomFrame) return Number.NaN; // the roll must begin on the way down
        onset = i;
      }
      if (++run >= config.onsetConfirmFrames) return hip[onset]!;
    } else {
      run = 0;
    }
  }
  return Number.NaN;
}

/** Fraction of a rep's descent frames in which both hip departure and hip flexion are seen. */
export function descentCoverage(k: Kinematics, rep: Rep): number {
  let seen = 0;
  const total = rep.bottomFrame - rep.startFrame + 1;
  for (let i = rep.startFrame; i <= rep.bottomFrame; i++) {
    if (Number.isFinite(k.hipDepartureThighs[i]!) && Number.isFinite(k.hipFlexionDeg[i]!)) seen++;
  }
  return total > 0 ? seen / total : 0;
}
