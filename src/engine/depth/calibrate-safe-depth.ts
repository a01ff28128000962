import type { DepthConfig } from '../config/depth-config.js';
import { medianFinite } from '../core/series/median.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep } from '../reps/types.js';
import { descentCoverage, tuckOnsetHipFlexionDeg } from './tuck-onset.js';
import type { DepthCalibration } from './types.js';

const deg = (v: number): string => `${v.toFixed(0)} deg`;

/**
 * Personal safe depth from a slow calibration set (evidence.md §1: limit ~5 deg below the hip flexion at which
 * the pelvis starts to lift). The onset is taken per rep and combined with the median, so one noisy rep does
 * not set the limit. If the pelvis never rolled, the deepest hip flexion reached is the safe depth: that depth
 * was seen to be safe, deeper was not tested. Confidence grows with the number of reps seen, their agreement
 * and how much of each descent was visible.
 */
export function calibrateSafeDepth(
  k: Kinematics,
  reps: readonly Rep[],
  config: DepthConfig,
): DepthCalibration {
  const maxHipFlexionDeg = reps.reduce(
    (m, r) => (Number.isFinite(r.hipFlexionMaxDeg) && !(r.hipFlexionMaxDeg <= m) ? r.hipFlexionMaxDeg : m),
    Number.NaN,
  );
  if (reps.length === 0 || !Number.isFinite(maxHipFlexionDeg)) {
    return {
      tuckOnsetHipFlexionDeg: null,
      safeDepth: { hipFlexionDeg: config.defaultSafeHipFlexionDeg, source: 'default' },
      maxHipFlexionDeg,
      confidence: 0,
      explanation:
        `No complete calibration rep with a visible hip was found, so the default safe depth of ` +
        `${deg(config.defaultSafeHipFlexionDeg)} hip flexion applies: film 3 slow reps from the side.`,
    };
  }

  const perRep = reps.map((r) => tuckOnsetHipFlexionDeg(k, r, config));
  const onsets = perRep.filter(Number.isFinite);
  const coverage = reps.reduce((s, r) => s + descentCoverage(k, r), 0) / reps.length;
  const countFactor = Math.min(1, reps.length / config.fullConfidenceReps);
  // Reps that went past the candidate onset with the pelvis still seated contradict it; the onset stands
  // only if more reps show it than contradict it (one noisy rep out of three is not a limit).
  const candidate = medianFinite(onsets);
  const contradicting = reps.filter(
    (r, i) => Number.isNaN(perRep[i]!) && r.hipFlexionMaxDeg > candidate,
  ).length;

  if (onsets.length === 0 || contradicting >= onsets.length) {
    const mixed = onsets.length > 0;
    return {
      tuckOnsetHipFlexionDeg: null,
      safeDepth: { hipFlexionDeg: maxHipFlexionDeg, source: 'calibration' },
      maxHipFlexionDeg,
      confidence: countFactor * coverage * (mixed ? 1 - onsets.length / reps.length : 1),
      explanation: mixed
        ? `Your pelvis stayed on the pad in most calibration reps (it seemed to roll in ${onsets.length} of ` +
          `${reps.length}), down to ${deg(maxHipFlexionDeg)} hip flexion, so your safe depth is set to the ` +
          `deepest you went; repeat the calibration to confirm.`
        : `Your pelvis stayed on the pad in all ${reps.length} calibration reps, down to ${deg(maxHipFlexionDeg)} ` +
          `hip flexion, so your safe depth is set to the deepest you went; deeper was not tested.`,
    };
  }

  const onset = candidate;
  const spread = Math.max(...onsets) - Math.min(...onsets);
  const agreement = Math.max(0, 1 - spread / config.onsetSpreadZeroConfidenceDeg);
  const safe = onset - config.marginBelowTuckOnsetDeg;
  return {
    tuckOnsetHipFlexionDeg: onset,
    safeDepth: { hipFlexionDeg: safe, source: 'calibration' },
    maxHipFlexionDeg,
    confidence: Math.min(1, onsets.length / config.fullConfidenceReps) * agreement * coverage,
    explanation:
      `Your pelvis started to roll off the pad at about ${deg(onset)} hip flexion ` +
      `(${onsets.length} of ${reps.length} reps), so your safe depth is ${deg(safe)}, ` +
      `${deg(config.marginBelowTuckOnsetDeg)} before that.`,
  };
}
