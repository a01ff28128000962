import type { DepthConfig } from '../config/depth-config.js';
import { medianFinite } from '../core/series/median.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep } from '../reps/types.js';

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * Hip flexion at which the pelvis starts to roll in one rep: the first descent frame where the hip has moved
 * more than `tuckOnsetDepartureThighs` off the pad compared with the rep's own early descent (median of its
 * first quarter, where the pelvis is still seated). A candidate must stay above that level for
 * `onsetConfirmFrames` seen frames and for most of the way to the bottom, so keypoint jitter or a brief
 * wander is not an onset. NaN when the pelvis never rolled on the way down.
 */
export function tuckOnsetHipFlexionDeg(k: Kinematics, rep: Rep, config: DepthConfig): number {
  const dep = k.hipDepartureThighs;
  const hip = k.hipFlexionDeg;
  const quarter = rep.startFrame + Math.floor((rep.bottomFrame - rep.startFrame) / 4);
  const baseline = medianFinite(dep, range(rep.startFrame, quarter));
  if (Number.isNaN(baseline)) return Number.NaN;
  const level = baseline + config.tuckOnsetDepartureThighs;
  let onset = -1;
  let run = 0;
  for (let i = rep.startFrame; i <= rep.endFrame; i++) {
    const d = dep[i]!;
    if (!Number.isFinite(d) || !Number.isFinite(hip[i]!)) continue; // unseen frames neither confirm nor break
    if (d <= level) {
      run = 0;
      continue;
    }
    if (run === 0) {
      if (i > rep.bottomFrame) return Number.NaN; // the roll must begin on the way down
      onset = i;
    }
    if (++run < config.onsetConfirmFrames) continue;
    // Sustained: the hip stays off the pad (median) from the onset to the bottom.
    if (medianFinite(dep, range(onset, Math.max(onset, rep.bottomFrame))) > level) return hip[onset]!;
    run = 0;
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
