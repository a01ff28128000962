import type { EngineConfig } from '../config/engine-config.js';
import type { ConditionedTrack } from '../conditioning/types.js';
import type { LandmarkSetId } from '../core/landmarks.js';
import type { FixCode } from './fault-fixes.js';
import type { SafeDepth } from '../depth/types.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep } from '../reps/types.js';
import type { ViewAssessment, ViewIssue } from '../view/types.js';

/** The fault ids and their traits live in config/fault-traits.ts (one table the subsets derive from). */
export { FAULT_IDS, type FaultId } from '../config/fault-traits.js';
import type { FaultId } from '../config/fault-traits.js';

export type Severity = 'info' | 'warn' | 'alert';

/** The number that triggered a finding, so users and trainers can see why. */
export interface FaultMeasure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'deg' | 's' | 'thighs' | 'shanks' | 'percent' | 'count' | 'ratio';
  readonly threshold: number;
}

/** One fault seen in one rep (or in the set as a whole when `repIndex` is null). */
export interface FaultFinding {
  readonly id: FaultId;
  readonly repIndex: number | null;
  readonly severity: Severity;
  /** 0..1: how sure the engine is, from keypoint confidence and how far past the threshold the measure went. */
  readonly confidence: number;
  /** Frames that show the fault (track frame indices), the clearest one first. */
  readonly frames: readonly number[];
  readonly measure: FaultMeasure;
  /** What to do instead, as a code (fault-fixes.ts)... */
  readonly fixCode: FixCode;
  /** ...and in one plain sentence: `FAULT_FIXES[fixCode]`. */
  readonly fix: string;
}

/** Everything a detector may look at. Detectors are pure and stateless. */
export interface FaultContext {
  readonly track: ConditionedTrack;
  readonly kinematics: Kinematics;
  readonly reps: readonly Rep[];
  readonly view: ViewAssessment;
  readonly safeDepth: SafeDepth;
  readonly config: EngineConfig;
  /** The pose model that made the track (its known biases on real people live in config), when known. */
  readonly poseModel?: string;
}

export type DetectorResult =
  | {
      readonly assessable: true;
      readonly findings: readonly FaultFinding[];
      /** Reps (1-based) this detector could not check (joints hidden), so "no finding" there is not "clean". */
      readonly unassessedReps?: readonly number[];
    }
  | ({ readonly assessable: false; readonly reason: string } & NotAssessableCoded);

/**
 * Why a fault could not be judged, as a code with typed parameters, for the reasons whose words depend on where
 * they are shown (src/present/vocabulary `notAssessableWords`: the CLI names its `--model` option, the web app its
 * model menu). `needs_foot_landmarks`: the pose model gives no heel or toe points. `hip_point_unclear`: the hip
 * point wanders (`wanderPercent` of a thigh length) as far as the lift being checked; a more accurate model
 * helps. `knee_top_ambiguous`: `model` reads a real straight knee as low as `straightReadsFromDeg`, and the knees
 * stayed between that and `warnKneeDeg` at the top.
 */
export type NotAssessableMessage =
  | { readonly code: 'needs_foot_landmarks'; readonly params: { readonly landmarkSet: LandmarkSetId } }
  | { readonly code: 'hip_point_unclear'; readonly params: { readonly wanderPercent: number } }
  | {
      readonly code: 'knee_top_ambiguous';
      readonly params: {
        readonly model?: string;
        readonly straightReadsFromDeg: number;
        readonly warnKneeDeg: number;
      };
    };
export type NotAssessableCode = NotAssessableMessage['code'];

/**
 * Why the camera view keeps a fault from being judged, as a code (view-gates.ts; the engine's words say which
 * check and how to refilm). `camera_front`: the camera faces the lifter or is behind; `view_unrecognised`;
 * `camera_off_side_on` (`yawDeg` when measured); `knee_bends_both_ways` (`flipPercent` of the bent frames);
 * `camera_oblique`; `depth_yaw_too_far` (`depthYawDeg`, from a 3D-aware model); `judged_from_front` (a front-view
 * fault, asked live); `side_view_no_width` and `oblique_looks_caving` (knees caving in needs a front view);
 * `far_leg_unseen` (`joint`, `seenPercent` of frames); `poor_view` (the view's `issues`, report/view-gate.ts).
 */
export type ViewProblemMessage =
  | {
      readonly code:
        | 'camera_front'
        | 'view_unrecognised'
        | 'camera_oblique'
        | 'judged_from_front'
        | 'side_view_no_width'
        | 'oblique_looks_caving';
      readonly params?: undefined;
    }
  | { readonly code: 'camera_off_side_on'; readonly params: { readonly yawDeg?: number } }
  | { readonly code: 'knee_bends_both_ways'; readonly params: { readonly flipPercent: number } }
  | { readonly code: 'depth_yaw_too_far'; readonly params: { readonly depthYawDeg: number } }
  | {
      readonly code: 'far_leg_unseen';
      readonly params: { readonly joint: string; readonly seenPercent: number };
    }
  | { readonly code: 'poor_view'; readonly params: { readonly issues: readonly ViewIssue['code'][] } };

/**
 * Why a check could not be made, for the reasons that are neither the camera view nor the pose model:
 * `no_reps`; `joints_unseen` (the joints a check needs were not seen clearly in any rep); `head_unseen`;
 * `feet_unclear`, `foot_implausible`, `toe_off_platform` (the pose model's feet cannot tell a lifted heel);
 * `keypoints_too_noisy` (a soft knee and a locked one look alike); `too_few_reps` (`reps` judged, `minReps`
 * needed); `no_form_checks` (none of the checks load_too_heavy compares could be made).
 */
export type CheckProblemMessage =
  | {
      readonly code:
        | 'no_reps'
        | 'joints_unseen'
        | 'head_unseen'
        | 'feet_unclear'
        | 'foot_implausible'
        | 'toe_off_platform'
        | 'keypoints_too_noisy'
        | 'no_form_checks';
      readonly params?: undefined;
    }
  | { readonly code: 'too_few_reps'; readonly params: { readonly reps: number; readonly minReps: number } };

/** A check that could not be made: the engine's words, and the code for them. */
export type CheckProblem = { readonly reason: string } & (CheckProblemMessage | ViewProblemMessage);

/** A view problem: its code and parameters, and the engine's words for it. */
export type ViewProblem = { readonly reason: string } & ViewProblemMessage;

/** A reason with a code of its own, or one told only in the engine's words (`reason`). */
export type NotAssessableCoded =
  | { readonly code?: undefined; readonly params?: undefined }
  | NotAssessableMessage
  | ViewProblemMessage
  | CheckProblemMessage;

/**
 * A fault the engine could not judge in this set, with a reason the lifter can act on: `reason` in the engine's
 * words (they name no CLI option: the JSON report's `reason`), and for some reasons a code with parameters that
 * the presenters word per surface.
 */
export type NotAssessable = { readonly id: FaultId; readonly reason: string } & NotAssessableCoded;

/** Reps in which one fault could not be checked although the set as a whole could. */
export interface UnassessedReps {
  readonly id: FaultId;
  readonly reps: readonly number[];
}

/** What `detectFaults` returns: every finding in frame order, and what could not be judged. */
export interface FaultDetection {
  readonly findings: FaultFinding[];
  readonly notAssessable: NotAssessable[];
  readonly unassessedReps: UnassessedReps[];
}

export interface FaultDetector {
  readonly id: FaultId;
  readonly scope: 'rep' | 'set';
  detect(ctx: FaultContext): DetectorResult;
}
