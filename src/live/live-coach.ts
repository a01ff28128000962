/**
 * Incremental live coaching: pose frames in, rep count, phase, cues and the view check out.
 * Each frame re-runs the engine's conditioning (causal 'live' smoothing) and kinematics on a short recent
 * window, so the cost per frame is bounded; reps are counted from the window's segmentation as they complete.
 * Pure and deterministic: the same frames give the same cues.
 */
import {
  analyzeTrackDetailed,
  assessView,
  computeKinematics,
  conditionTrack,
  detectFaults,
  FAULT_DETECTORS,
  resolveConfig,
  resolveSafeDepth,
  sagittalViewProblem,
  segmentReps,
  viewSeverityCap,
  type DeepPartial,
  type DetailedAnalysis,
  type EngineConfig,
  type KeypointTrack,
  type LandmarkSetId,
  type PoseFrame,
  type ViewAssessment,
} from '../engine/index.js';
import { CueTracker } from './cue-tracker.js';
import { LIVE_CUE_DEFAULTS, type LiveCueConfig } from './live-config.js';
import {
  CUE_FAULT,
  CUE_WORDS,
  type LiveAngles,
  type LiveCue,
  type LiveCueId,
  type LiveUpdate,
} from './types.js';

export interface LiveCoachOptions {
  readonly landmarkSet: LandmarkSetId;
  readonly imageWidthPx: number;
  readonly imageHeightPx: number;
  /**
   * Personal safe depth from calibration. Without it there is no "stop" cue: the default depth is only a note in
   * the offline report too (too_deep before calibration), since real lifters' safe depths differ widely.
   */
  readonly safeDepthDeg?: number;
  readonly engineConfig?: DeepPartial<EngineConfig>;
  readonly cueConfig?: Partial<LiveCueConfig>;
  /** Model name carried into the final report. */
  readonly model?: string;
}

export class LiveCoach {
  private readonly frames: PoseFrame[] = [];
  private readonly engine: EngineConfig;
  private readonly cue: LiveCueConfig;
  private readonly tracker: CueTracker;
  /** Bottoms of reps that have left (or are leaving) the rep window, counted for good. */
  private readonly keptBottomsS: number[] = [];
  /** Times of the locked tops already cued. */
  private readonly cuedLocksS: number[] = [];
  private currentRepCount = 0;
  /** The view on the recent window (placement guide) and on the set so far (as the offline analysis sees it). */
  private view: ViewAssessment | null = null;
  private setView: ViewAssessment | null = null;
  private slowRefreshS = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LiveCoachOptions) {
    this.engine = resolveConfig(options.engineConfig);
    this.cue = { ...LIVE_CUE_DEFAULTS, ...options.cueConfig };
    const f = this.engine.faults;
    this.tracker = new CueTracker(
      {
        safeDepthDeg: options.safeDepthDeg ?? null,
        fastEccentricS: f.fastEccentric.warnBelowS,
      },
      this.cue,
    );
  }

  get repCount(): number {
    return this.currentRepCount;
  }

  /** The latest view check (placement guide); null until enough frames. */
  get currentView(): ViewAssessment | null {
    return this.view;
  }

  /** Every frame so far, as a keypoint track (for the end-of-set summary or saving). */
  track(): KeypointTrack {
    return {
      landmarkSet: this.options.landmarkSet,
      imageWidthPx: this.options.imageWidthPx,
      imageHeightPx: this.options.imageHeightPx,
      frames: this.frames.slice(),
      source: { kind: 'live', ...(this.options.model !== undefined && { model: this.options.model }) },
    };
  }

  /** Adds the next frame (times must increase) and returns what to show and say. */
  push(frame: PoseFrame): LiveUpdate {
    const last = this.frames[this.frames.length - 1];
    if (last !== undefined && frame.tS <= last.tS) {
      throw new RangeError(`Live frames must arrive in time order (${frame.tS} s after ${last.tS} s).`);
    }
    this.frames.push(frame);
    const angles = this.measureAngles();
    const cues = angles === null ? [] : this.tracker.push(angles, (id) => this.viewAllows(id));
    return { repCount: this.repCount, phase: this.tracker.currentPhase, angles, cues, view: this.view };
  }

  /**
   * Re-counts the reps, re-checks the view and judges the latest top for a locked knee, when due (a few times a
   * second; the cost grows with the set, so a page calls this after speaking the cues `push` returned). Returns
   * the "soft knees" cue when a recent top was locked.
   */
  refreshIfDue(): LiveCue[] {
    const last = this.frames[this.frames.length - 1];
    if (last === undefined || last.tS - this.slowRefreshS < this.cue.slowRefreshS) return [];
    this.slowRefreshS = last.tS;
    try {
      const recent = conditionTrack(this.windowTrack(this.cue.windowS), this.engine.conditioning, 'live');
      this.view = assessView(recent, computeKinematics(recent, this.engine.kinematics), this.engine.view);
      return this.refreshSet(last.tS);
    } catch {
      // Too few usable frames yet (nobody in view, joints hidden): nothing to count or check yet.
      return [];
    }
  }

  /**
   * True when the camera view lets the offline detector judge the fault behind cue `id` at more than a note
   * (timing off side-on is capped at a note there, so it is not spoken here either); false before a view.
   */
  viewAllows(id: LiveCueId): boolean {
    const fault = CUE_FAULT[id];
    if (fault === null) return true;
    // Both the recent view (the lifter may have moved the phone) and the set's view, as offline judges it.
    return [this.view, this.setView].every((view) => {
      if (view === null) return false;
      const ctx = { view, config: this.engine };
      return sagittalViewProblem(ctx, fault) === null && viewSeverityCap(ctx, fault) !== 'info';
    });
  }

  /** The end-of-set analysis of everything seen, with the offline (zero-phase) smoothing; fixes the rep count. */
  finish(): DetailedAnalysis {
    const analysis = analyzeTrackDetailed(this.track(), {
      ...(this.options.safeDepthDeg !== undefined && { safeDepthDeg: this.options.safeDepthDeg }),
      ...(this.options.engineConfig !== undefined && { config: this.options.engineConfig }),
      includeSeries: 600,
    });
    // The set is over: a last rep that ended with the set counts as the analysis counts it.
    this.currentRepCount = analysis.report.reps.length;
    return analysis;
  }

  private windowTrack(windowS: number): KeypointTrack {
    const fromS = this.frames[this.frames.length - 1]!.tS - windowS;
    let i = this.frames.length - 1;
    while (i > 0 && this.frames[i - 1]!.tS >= fromS) i--;
    return { ...this.track(), frames: this.frames.slice(i) };
  }

  private measureAngles(): LiveAngles | null {
    try {
      // The angles for this frame's cues come from a short window: bounded cost per frame.
      const conditioned = conditionTrack(
        this.windowTrack(this.cue.angleWindowS),
        this.engine.conditioning,
        'live',
      );
      const kin = computeKinematics(conditioned, this.engine.kinematics);
      const n = kin.tS.length - 1;
      return { tS: kin.tS[n]!, hipFlexionDeg: kin.hipFlexionDeg[n]!, kneeDeg: kin.kneeDeg[n]! };
    } catch {
      // Too few usable frames yet (nobody in view, joints hidden): nothing to measure this frame.
      return null;
    }
  }

  /**
   * Reps are counted as the offline analysis counts them: the set so far (its last `repWindowS`) segmented with
   * the offline smoothing, so reps found early on a partial range are revised as the set shows its real range,
   * and the count at the end matches the end-of-set analysis. Reps about to leave the window are kept.
   * A locked top is judged by the offline knee_lockout detector itself on the same window (its per-model band
   * of real straight knees, its noise and view gates): "soft knees" is said when it finds a lock that is recent.
   */
  private refreshSet(nowS: number): LiveCue[] {
    const window = this.windowTrack(this.cue.repWindowS);
    const conditioned = conditionTrack(window, this.engine.conditioning, 'offline');
    const kinematics = computeKinematics(conditioned, this.engine.kinematics);
    const reps = segmentReps(kinematics, this.engine.reps).reps;
    // A rep cut off by "now" is still under way: counted when it completes.
    const bottomsS = reps.filter((r) => r.cutOff !== 'end').map((r) => r.bottomS);
    const sameRepS = this.engine.reps.minRepDurationS;
    const isKept = (b: number) => this.keptBottomsS.some((k) => Math.abs(k - b) < sameRepS);
    const firstS = this.frames[0]!.tS;
    const windowStartS = window.frames[0]!.tS;
    if (windowStartS > firstS) {
      const keepBeforeS = windowStartS + this.cue.repKeepMarginS;
      for (const b of bottomsS) if (b < keepBeforeS && !isKept(b)) this.keptBottomsS.push(b);
    }
    this.currentRepCount = this.keptBottomsS.length + bottomsS.filter((b) => !isKept(b)).length;

    this.setView = assessView(conditioned, kinematics, this.engine.view);
    const locks = detectFaults(
      {
        track: conditioned,
        kinematics,
        reps,
        view: this.setView,
        safeDepth: resolveSafeDepth(this.options.safeDepthDeg, this.engine.depth),
        config: this.engine,
        ...(this.options.model !== undefined && { poseModel: this.options.model }),
      },
      KNEE_LOCKOUT_ONLY,
    ).findings;
    const cues: LiveCue[] = [];
    for (const lock of locks) {
      const atS = kinematics.tS[lock.frames[0] ?? -1];
      if (atS === undefined || nowS - atS > this.cue.lockoutCueMaxAgeS) continue;
      if (this.cuedLocksS.some((c) => Math.abs(c - atS) < sameRepS)) continue;
      this.cuedLocksS.push(atS);
      cues.push({ id: 'soft_knees', atS: nowS, text: CUE_WORDS.soft_knees });
    }
    return cues;
  }
}

/** The offline knee_lockout detector alone (the live "soft knees" cue is its judgement). */
const KNEE_LOCKOUT_ONLY = FAULT_DETECTORS.filter((d) => d.id === 'knee_lockout');
