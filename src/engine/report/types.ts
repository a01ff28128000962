import type { BodySide, LandmarkSetId } from '../core/landmarks.js';
import type { SafeDepth } from '../depth/types.js';
import type { FixCode } from '../faults/fault-fixes.js';
import type { FaultId, FaultMeasure, NotAssessable, Severity } from '../faults/types.js';
import type { ViewAssessment } from '../view/types.js';

export const REPORT_SCHEMA_VERSION = 1;

/** A fault as it appears in a rep of the JSON report (the BRIEF contract: id, severity, confidence). */
export interface RepFault {
  readonly id: FaultId;
  readonly severity: Severity;
  readonly confidence: number;
  /** Time of the frame that shows it best, seconds. */
  readonly atS: number;
  readonly frames: readonly number[];
  readonly measure: FaultMeasure;
  readonly fix: string;
  /** The fix as a code (`FAULT_FIXES`); absent when the fix was replaced (the care to seek, under a red flag). */
  readonly fixCode?: FixCode;
}

export interface RepReport {
  readonly index: number;
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  readonly kneeMinDeg: number;
  readonly hipFlexionMaxDeg: number;
  readonly eccentricS: number;
  readonly concentricS: number;
  readonly bottomDwellS: number;
  /** Peak hip departure from the back pad in the rep, thigh lengths (pelvis lift). */
  readonly hipDepartureMaxThighs: number;
  readonly concentricMeanVelocityShanksPerS: number;
  /** The clip cut this rep off ('start': began mid-descent, lowering not timed; 'end': ended mid-push, pushing not timed). */
  readonly cutOff?: 'start' | 'end';
  readonly faults: readonly RepFault[];
  /** Faults that could not be checked in this rep (joints hidden), so their absence is not "clean". */
  readonly notAssessed?: readonly FaultId[];
}

/** One line per fault id seen in the set. */
export interface FaultSummary {
  readonly id: FaultId;
  readonly worstSeverity: Severity;
  /** Reps (1-based) where it was seen; empty for set-level faults. */
  readonly reps: readonly number[];
  readonly count: number;
  readonly meanConfidence: number;
  readonly fix: string;
  /** The fix as a code (`FAULT_FIXES`); absent when the fix was replaced (the care to seek, under a red flag). */
  readonly fixCode?: FixCode;
  /** Set-level finding details (velocity_loss, load_too_heavy). */
  readonly setLevel?: { readonly measure: FaultMeasure; readonly atS: number };
}

/** A fault not judged in this set: `reason` in the engine's words, and for some reasons a code with parameters. */
export type NotAssessableFault = NotAssessable;

/**
 * The set's verdict levels, least to most serious, then `not_judged`: nothing could be judged (no complete rep,
 * or neither back check, pelvic_tuck or too_deep, could be made), which is neither a pass nor a fault.
 */
export const VERDICTS = ['clean', 'minor', 'fix_before_adding_load', 'stop', 'not_judged'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A top fix as a code: a fault's fix, or the filming first. */
export type TopFixCode = FixCode | 'improve_filming' | 'refilm';

/** Why nothing could be judged, as a code. */
export type NotJudgedWhy = 'no_reps' | 'poor_view' | 'not_side_on' | 'joints_unseen';

/** A fault and the reps (1-based) it was seen in; none for a set-level fault. */
export interface SeenFault {
  readonly fault: FaultId;
  readonly reps: readonly number[];
}

/**
 * The verdict as a decision: the level and what led to it. `clean`: the reps counted and whether some checks
 * could not be made; `stop`, `fix_before_adding_load`, `minor`: the most serious fault; `not_judged`: why, and a
 * fault seen anyway (too little to stop or fix).
 */
export type VerdictDecision =
  | {
      readonly level: 'clean';
      readonly params: { readonly repCount: number; readonly someChecksNotMade: boolean };
    }
  | { readonly level: 'stop' | 'fix_before_adding_load' | 'minor'; readonly params: SeenFault }
  | {
      readonly level: 'not_judged';
      readonly params: { readonly why: NotJudgedWhy; readonly repCount: number; readonly seen?: SeenFault };
    };

/** The verdict's parameters, whatever its level. */
export type VerdictParams = VerdictDecision['params'];

/** Down-sampled time series for plots (HTML report, web app). NaN is written as null in JSON. */
export interface ReportSeries {
  readonly tS: readonly number[];
  readonly kneeDeg: readonly (number | null)[];
  readonly hipFlexionDeg: readonly (number | null)[];
  readonly hipDepartureThighs: readonly (number | null)[];
}

/** The engine's output; its JSON form is the contract other tools rely on. */
export interface AnalysisReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly input: {
    readonly landmarkSet: LandmarkSetId;
    readonly frameCount: number;
    readonly durationS: number;
    readonly meanFps: number;
    readonly imageWidthPx: number;
    readonly imageHeightPx: number;
    readonly model?: string;
  };
  readonly side: BodySide;
  readonly view: ViewAssessment;
  readonly safeDepth: SafeDepth;
  /**
   * The verdict: its level, the headline in the engine's words, and what led to it as parameters (the worst
   * fault and its reps, the reps counted, or why nothing could be judged; `VerdictDecision`). No parameters when
   * the headline was replaced (the care to seek, under a red flag).
   */
  readonly verdict: { readonly level: Verdict; readonly headline: string; readonly params?: VerdictParams };
  readonly reps: readonly RepReport[];
  readonly faults: readonly FaultSummary[];
  readonly notAssessable: readonly NotAssessableFault[];
  /** The most important fixes, most serious first, one sentence each. */
  readonly topFixes: readonly string[];
  /**
   * `topFixes` as codes, in the same order: a fault's `fixCode`, `improve_filming` (the view was too poor: its
   * issues are in `view.issues`) or `refilm` (nothing could be judged). Empty under a red flag.
   */
  readonly topFixCodes?: readonly TopFixCode[];
  /**
   * What reps were counted on: the knee angle, or (`leg_reach`) the knee angle implied by the hip-to-ankle
   * distance, when the knee point disagreed with the legs' movement; knee angles are then estimates.
   */
  readonly repsCountedOn?: 'knee' | 'leg_reach';
  readonly ignoredMovements: readonly {
    readonly startS: number;
    readonly endS: number;
    readonly reason: string;
  }[];
  readonly series?: ReportSeries;
}
