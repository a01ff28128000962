/**
 * Ground-truth rep measures and fault labels, computed on the noiseless geometry sampled densely, with the
 * engine's definitions and the engine's thresholds (read from the config, never copied here).
 */
import {
  FAULT_TRAITS,
  firstFrameAtOrAfter,
  type EngineConfig,
  type FaultId,
  type Severity,
} from '../engine/index.js';
import type { RepTiming } from './motion.js';
import type { TrueMeasures } from './measure-truth.js';
import type { TrueRep } from './types.js';

export interface DenseTruth {
  readonly tS: Float64Array;
  readonly measures: readonly TrueMeasures[];
}

const BADNESS: Readonly<Record<Severity, number>> = { info: 0, warn: 0.5, alert: 1 };

/** Dense sample range covering [t0S, t1S]. */
function range(dense: DenseTruth, t0S: number, t1S: number): [number, number] {
  const last = dense.tS.length - 1;
  const i0 = Math.min(firstFrameAtOrAfter(dense.tS, t0S), last);
  const i1 = Math.max(i0, Math.min(firstFrameAtOrAfter(dense.tS, t1S + 1e-9) - 1, last));
  return [i0, i1];
}

export interface TruthLabels {
  readonly reps: TrueRep[];
  readonly setFaults: FaultId[];
  readonly velocityLossPercent: number;
}

export function labelTruth(
  dense: DenseTruth,
  timings: readonly RepTiming[],
  config: EngineConfig,
  hipFlexionLimitDeg: number,
  safeDepthDeg: number | undefined,
  /** Faults the landmark set cannot show (heel_lift without heel points): left out of load_too_heavy. */
  unobservable: readonly FaultId[] = [],
): TruthLabels {
  const f = config.faults;
  const m = dense.measures;
  const dt = dense.tS.length > 1 ? dense.tS[1]! - dense.tS[0]! : 0;
  const speed = (i: number): number => {
    const a = m[Math.max(i - 1, 0)]!;
    const b = m[Math.min(i + 1, m.length - 1)]!;
    return (b.sledTravelShanks - a.sledTravelShanks) / (2 * dt);
  };
  const base = timings.map((rt, idx) => {
    const [i0, i1] = range(dense, rt.startS, rt.endS);
    const [iBottom] = range(dense, rt.bottomS, rt.bottomS);
    let kneeMin = Infinity;
    let hipFlexionMax = -Infinity;
    let departureMax = -Infinity;
    let heelMax = -Infinity;
    let headMax = -Infinity;
    let peakLowering = 0;
    for (let i = i0; i <= i1; i++) {
      const s = m[i]!;
      kneeMin = Math.min(kneeMin, s.kneeDeg);
      hipFlexionMax = Math.max(hipFlexionMax, s.hipFlexionDeg);
      departureMax = Math.max(departureMax, s.hipDepartureThighs);
      heelMax = Math.max(heelMax, s.heelLiftDeg);
      headMax = Math.max(headMax, s.headDepartureThighs);
      if (i <= iBottom) peakLowering = Math.max(peakLowering, speed(i));
    }
    // Bottom dwell: contiguous time around the bottom within the reps stage's bottom band.
    const band = kneeMin + config.reps.bottomBandDeg;
    let a = iBottom;
    while (a > i0 && m[a - 1]!.kneeDeg <= band) a--;
    let b = iBottom;
    while (b < i1 && m[b + 1]!.kneeDeg <= band) b++;
    const dwellS = (b - a) * dt;
    // Arrival: the fastest lowering just before the bottom, as the bounce detector reads it.
    const [w0] = range(dense, rt.bottomS - config.faults.bounce.arrivalWindowS, rt.bottomS);
    let arrival = 0;
    for (let i = w0; i <= iBottom; i++) arrival = Math.max(arrival, speed(i));
    // Lockout: the longest hold at or past the warn angle in the top that ends this rep.
    const isLast = idx === timings.length - 1;
    // After the last rep there is no next descent: the detector looks a fixed window past its end.
    const topEndS = isLast ? rt.endS + f.kneeLockout.lastRepTopWindowS : rt.topEndS;
    const [j0, j1] = range(dense, rt.endS - 0.05, topEndS);
    let hold = 0;
    let run = 0;
    let lockMax = -Infinity;
    for (let j = j0; j <= j1; j++) {
      const k = m[j]!.kneeDeg;
      lockMax = Math.max(lockMax, k);
      run = k >= f.kneeLockout.warnKneeDeg ? run + dt : 0;
      hold = Math.max(hold, run);
    }
    const travelBottom = m[iBottom]!.sledTravelShanks;
    const travelEnd = m[i1]!.sledTravelShanks;
    return {
      index: idx + 1,
      startS: rt.startS,
      bottomS: rt.bottomS,
      endS: rt.endS,
      eccentricS: rt.bottomS - rt.startS,
      concentricS: rt.endS - rt.bottomS,
      bottomDwellS: dwellS,
      kneeTopDeg: m[i0]!.kneeDeg,
      kneeMinDeg: kneeMin,
      hipFlexionMaxDeg: hipFlexionMax,
      hipDepartureMaxThighs: departureMax,
      heelLiftMaxDeg: heelMax,
      headDepartureMaxThighs: headMax,
      lockoutHoldS: hold,
      lockoutKneeMaxDeg: lockMax,
      eccentricPeakSpeedShanksPerS: peakLowering,
      arrivalSpeedShanksPerS: arrival,
      concentricMeanVelocityShanksPerS: (travelBottom - travelEnd) / (rt.endS - rt.bottomS),
    };
  });

  const maxBend = Math.max(0, ...base.map((r) => r.kneeTopDeg - r.kneeMinDeg));
  // Per rep: each true fault with its severity (the load_too_heavy rule weighs warnings and alerts).
  const alertHipFlexionDeg =
    safeDepthDeg === undefined
      ? f.tooDeep.defaultAlertHipFlexionDeg
      : safeDepthDeg + f.tooDeep.alertPastSafeDepthDeg;
  const severities = base.map((r) => {
    const found = new Map<FaultId, Severity>();
    const add = (id: FaultId, present: boolean, alert: boolean): void => {
      if (present) found.set(id, alert ? 'alert' : 'warn');
    };
    const dep = r.hipDepartureMaxThighs;
    add('pelvic_tuck', dep > f.pelvicTuck.warnThighs, dep > f.pelvicTuck.alertThighs);
    add('too_deep', r.hipFlexionMaxDeg > hipFlexionLimitDeg, r.hipFlexionMaxDeg > alertHipFlexionDeg);
    add(
      'knee_lockout',
      r.lockoutHoldS >= f.kneeLockout.minHoldS,
      r.lockoutKneeMaxDeg > f.kneeLockout.alertKneeDeg,
    );
    add(
      'fast_eccentric',
      r.eccentricS < f.fastEccentric.warnBelowS,
      r.eccentricS < f.fastEccentric.alertBelowS,
    );
    const ratio =
      r.eccentricPeakSpeedShanksPerS > 0 ? r.arrivalSpeedShanksPerS / r.eccentricPeakSpeedShanksPerS : 0;
    add(
      'bounce',
      r.bottomDwellS < f.bounce.maxDwellS && ratio >= f.bounce.minArrivalSpeedRatio,
      ratio >= f.bounce.alertArrivalSpeedRatio,
    );
    add('heel_lift', r.heelLiftMaxDeg > f.heelLift.warnDeg, r.heelLiftMaxDeg > f.heelLift.alertDeg);
    add(
      'head_lift',
      r.headDepartureMaxThighs > f.headLift.warnThighs,
      r.headDepartureMaxThighs > f.headLift.alertThighs,
    );
    const bend = r.kneeTopDeg - r.kneeMinDeg;
    add(
      'shallow_rep',
      bend < f.shallowRep.minFractionOfSetDepth * maxBend || r.kneeMinDeg > f.shallowRep.maxBottomKneeDeg,
      false,
    );
    return found;
  });
  const reps: TrueRep[] = base.map((r, i) => ({ ...r, faults: [...severities[i]!.keys()] }));

  // Velocity loss: the best of the first reps against the mean of the last reps (the detector's rule).
  const setFaults: FaultId[] = [];
  const vl = f.velocityLoss;
  const n = reps.length;
  const lateCount = Math.max(0, Math.min(vl.lateReps, n - 1));
  const early = reps.slice(0, Math.min(vl.earlyReps, n - lateCount));
  const best = Math.max(0, ...early.map((r) => r.concentricMeanVelocityShanksPerS));
  const lateMean =
    reps.slice(n - lateCount).reduce((a, r) => a + r.concentricMeanVelocityShanksPerS, 0) /
    Math.max(lateCount, 1);
  const velocityLossPercent = best > 0 && lateCount > 0 ? (100 * (best - lateMean)) / best : 0;
  const velocityLoss = n >= vl.minReps && velocityLossPercent >= vl.warnPercent;
  if (velocityLoss) setFaults.push('velocity_loss');

  // Load too heavy: form badness (warn 0.5, alert 1) grows from the early half to the late half.
  if (n >= f.loadTooHeavy.minReps) {
    const badness = severities.map((found) =>
      Math.max(
        0,
        ...[...found]
          .filter(([id]) => FAULT_TRAITS[id].form && !unobservable.includes(id))
          .map(([, sev]) => BADNESS[sev]),
      ),
    );
    const half = Math.floor(n / 2);
    const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
    const increase = mean(badness.slice(n - half)) - mean(badness.slice(0, half));
    if (increase >= f.loadTooHeavy.minLateFaultRepsIncrease || (velocityLoss && increase > 0)) {
      setFaults.push('load_too_heavy');
    }
  }
  return { reps, setFaults, velocityLossPercent };
}
