/**
 * Ready-made sets for tests and the accuracy evaluation: a clean set, and one set per fault with the fault
 * clearly past the engine's warn level (read from the config) on chosen reps. Clean reps keep a clear
 * margin below every warn level, so a label never hangs on a rounding error.
 */
import { ENGINE_DEFAULTS, FAULT_IDS, type EngineConfig, type FaultId } from '../engine/index.js';
import { anthropometry, type BodySize } from './anthropometry.js';
import { createLegPressModel } from './leg-press-model.js';
import type { MachineParams, RepParams, SetParams } from './types.js';

export type ScenarioKind = 'clean' | Exclude<FaultId, 'knee_valgus'>;

/** Every fault the simulator can show (a side-view body cannot cave its knees in), after a clean set. */
export const SCENARIO_KINDS: readonly ScenarioKind[] = [
  'clean',
  ...FAULT_IDS.filter((id): id is Exclude<FaultId, 'knee_valgus'> => id !== 'knee_valgus'),
];

/**
 * Default machine: a reclined back pad and a moderate sled. With the hip on the seat, the deepest reachable
 * hip flexion is about seat + sled + 50-60 deg, so only reclined set-ups leave room for both a clean rep
 * below the default 100 deg limit and a too-deep rep past it (see docs/accuracy.md).
 */
const DEFAULT_SEAT_BACK_DEG = 25;
const DEFAULT_SLED_DEG = 30;
/** With a personal safe depth ('fit'), the feet sit high on the platform, which leaves room to go deep. */
const FIT_FOOT_HEIGHT_LEGS = 0.15;

/** Knee angle at a soft (not locked) top. */
const SOFT_TOP_KNEE_DEG = 168;
/** Hip flexion swept between the soft top and a clean bottom (35 deg moves the knee from ~168 to ~95). */
const CLEAN_SWEEP_DEG = 35;
/** Too-deep reps go this far past the limit (each 1 deg of hip flexion costs ~2 deg of knee here). */
const TOO_DEEP_PAST_LIMIT_DEG = 8;
/** Clean reps stay this far below the too_deep limit. */
const CLEAN_DEPTH_MARGIN_DEG = 10;

/**
 * The foot height at which the soft top has the given hip flexion: lifters set their feet so a normal rep
 * fits their seat, which keeps scenarios comparable across seat and sled angles.
 */
export function fitFootHeight(
  body: BodySize,
  seatBackDeg: number,
  sledDeg: number,
  topHipFlexionDeg: number,
): number {
  const anthro = anthropometry(body);
  let lo = -1.2;
  let hi = 0.6;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const model = createLegPressModel(anthro, { seatBackDeg, sledDeg, footHeightLegs: mid });
    const hf = model.nominalHipFlexionDeg(model.thighDegForKnee(SOFT_TOP_KNEE_DEG));
    if (hf < topHipFlexionDeg) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function hipFlexionLimit(config: EngineConfig = ENGINE_DEFAULTS, safeDepthDeg?: number): number {
  return safeDepthDeg ?? config.faults.tooDeep.defaultWarnHipFlexionDeg;
}

/** A controlled rep: ~2 s down, ~1.2 s up, soft knees, a clear margin below every fault threshold. */
export function cleanRep(config: EngineConfig = ENGINE_DEFAULTS, safeDepthDeg?: number): RepParams {
  const bottom = hipFlexionLimit(config, safeDepthDeg) - CLEAN_DEPTH_MARGIN_DEG;
  return {
    bottomHipFlexionDeg: bottom,
    // A little pelvic motion near the bottom, well under the warn level, as in real clean reps.
    tuckOnsetHipFlexionDeg: bottom - 10,
    tuckMaxThighs: 0.3 * config.faults.pelvicTuck.warnThighs,
    lockoutKneeDeg: SOFT_TOP_KNEE_DEG,
    eccentricS: 1.8,
    concentricS: 1.2,
    bottomPauseS: 0.3,
    topPauseS: 0.6,
    bounce: false,
    heelLiftDeg: 0.3 * config.faults.heelLift.warnDeg,
    headLiftDeg: 0,
  };
}

export interface FaultContextForScenario {
  readonly config: EngineConfig;
  readonly body: BodySize;
  readonly machine: MachineParams;
  readonly safeDepthDeg?: number;
}

/**
 * The rep with one fault added, clearly past its warn level and clear of its alert level too (above it or
 * below it), so the severity, which load_too_heavy weighs, is not a coin toss either.
 */
export function withFault(rep: RepParams, fault: ScenarioKind, ctx: FaultContextForScenario): RepParams {
  const f = ctx.config.faults;
  const anthro = anthropometry(ctx.body);
  switch (fault) {
    case 'clean':
    case 'velocity_loss':
      return rep;
    case 'pelvic_tuck':
    case 'load_too_heavy':
      return {
        ...rep,
        tuckOnsetHipFlexionDeg: rep.bottomHipFlexionDeg - 15,
        tuckMaxThighs: 2.5 * f.pelvicTuck.warnThighs,
      };
    case 'too_deep':
      return {
        ...rep,
        bottomHipFlexionDeg: hipFlexionLimit(ctx.config, ctx.safeDepthDeg) + TOO_DEEP_PAST_LIMIT_DEG,
        tuckMaxThighs: 0,
      };
    case 'knee_lockout':
      return {
        ...rep,
        lockoutKneeDeg: (f.kneeLockout.warnKneeDeg + f.kneeLockout.alertKneeDeg) / 2,
        topPauseS: Math.max(rep.topPauseS, 4 * f.kneeLockout.minHoldS),
      };
    case 'fast_eccentric':
      return { ...rep, eccentricS: 0.4 * f.fastEccentric.warnBelowS, bottomPauseS: 0.15 };
    case 'bounce':
      return {
        ...rep,
        bounce: true,
        eccentricS: Math.max(rep.eccentricS * 0.75, 1.5 * f.fastEccentric.warnBelowS),
      };
    case 'heel_lift':
      return { ...rep, heelLiftDeg: 2.5 * f.heelLift.warnDeg };
    case 'head_lift': {
      const sin = Math.min(1, (1.6 * f.headLift.warnThighs * anthro.thighM) / anthro.neckToEarM);
      return { ...rep, headLiftDeg: (Math.asin(sin) * 180) / Math.PI };
    }
    case 'shallow_rep': {
      const model = createLegPressModel(anthro, ctx.machine);
      const thigh = model.thighDegForKnee(f.shallowRep.maxBottomKneeDeg + 6);
      return {
        ...rep,
        bottomHipFlexionDeg: model.nominalHipFlexionDeg(thigh),
        lockoutKneeDeg: 171,
        tuckMaxThighs: 0,
      };
    }
  }
}

export interface ScenarioOptions extends Partial<Omit<SetParams, 'reps' | 'safeDepthDeg' | 'machine'>> {
  /** Seat and sled angles; without a foot height, the feet are placed so a clean rep fits below the limit. */
  readonly machine?: Partial<MachineParams>;
  /**
   * The personal safe depth the engine is given: a number, 'fit' (a calibrated limit that suits the
   * machine, for upright seats and steep sleds where a normal rep passes the default limit), or none.
   */
  readonly safeDepthDeg?: number | 'fit';
  readonly repCount?: number;
  /** 1-based reps that carry the fault; default: a scenario-specific choice. */
  readonly faultyReps?: readonly number[];
  readonly config?: EngineConfig;
}

/** Default faulty reps: rep faults on two reps mid-set; load_too_heavy on the late half. */
function defaultFaultyReps(kind: ScenarioKind, n: number): number[] {
  if (kind === 'load_too_heavy') return Array.from({ length: Math.ceil(n / 2) }, (_, i) => n - i).reverse();
  if (kind === 'velocity_loss' || kind === 'clean') return [];
  return [Math.max(1, Math.ceil(n / 3)), Math.max(1, n - 1)].filter((v, i, a) => a.indexOf(v) === i);
}

/** A complete set for a scenario; every field can be overridden. */
export function buildScenario(kind: ScenarioKind, options: ScenarioOptions = {}): SetParams {
  const config = options.config ?? ENGINE_DEFAULTS;
  const body = options.body ?? 'medium';
  const seatBackDeg = options.machine?.seatBackDeg ?? DEFAULT_SEAT_BACK_DEG;
  const sledDeg = options.machine?.sledDeg ?? DEFAULT_SLED_DEG;
  let safeDepthDeg: number | undefined;
  let machine: MachineParams;
  if (options.safeDepthDeg === 'fit') {
    machine = {
      seatBackDeg,
      sledDeg,
      footHeightLegs: options.machine?.footHeightLegs ?? FIT_FOOT_HEIGHT_LEGS,
    };
    const model = createLegPressModel(anthropometry(body), machine);
    const topDeg = model.nominalHipFlexionDeg(model.thighDegForKnee(SOFT_TOP_KNEE_DEG));
    safeDepthDeg = Math.round(topDeg + CLEAN_SWEEP_DEG + CLEAN_DEPTH_MARGIN_DEG);
  } else {
    safeDepthDeg = options.safeDepthDeg;
    const limit = hipFlexionLimit(config, safeDepthDeg);
    const topDeg = limit - CLEAN_DEPTH_MARGIN_DEG - CLEAN_SWEEP_DEG;
    machine = {
      seatBackDeg,
      sledDeg,
      footHeightLegs: options.machine?.footHeightLegs ?? fitFootHeight(body, seatBackDeg, sledDeg, topDeg),
    };
  }
  const n = options.repCount ?? 8;
  const faulty = new Set(options.faultyReps ?? defaultFaultyReps(kind, n));
  const ctx: FaultContextForScenario = {
    config,
    body,
    machine,
    ...(safeDepthDeg !== undefined ? { safeDepthDeg } : {}),
  };
  const base = cleanRep(config, safeDepthDeg);
  const reps = Array.from({ length: n }, (_, i) => (faulty.has(i + 1) ? withFault(base, kind, ctx) : base));
  return {
    seed: options.seed ?? 1,
    body,
    machine,
    camera: options.camera ?? {
      imageWidthPx: 1280,
      imageHeightPx: 720,
      hfovDeg: 65,
      fill: 0.75,
      facing: 'right',
    },
    landmarkSet: options.landmarkSet ?? 'blazepose33',
    fps: options.fps ?? 30,
    reps,
    velocityLossFraction:
      options.velocityLossFraction ??
      (kind === 'velocity_loss' ? (2 * config.faults.velocityLoss.warnPercent) / 100 : 0.05),
    startAtBottom: options.startAtBottom ?? false,
    setupAndRerack: options.setupAndRerack ?? true,
    noise: options.noise ?? 'none',
    ...(safeDepthDeg !== undefined ? { safeDepthDeg } : {}),
  };
}
