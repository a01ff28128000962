/**
 * Per-frame cue rules on the latest near-side angles ("stop", "slow down", "exhale"; "soft knees" comes from the
 * offline lockout detector, live-coach.ts): a small state machine, each cue at most once per rep.
 * A rep starts when a lowering begins after the hip has come back up a real descent's worth (`minDescentDeg`)
 * from the previous rep's deepest point, so pose jitter that flips the phase mid-rep never repeats a cue.
 * Pure: the caller feeds angle samples in time order and gets back the cues they trigger.
 */
import { fitLine } from '../engine/index.js';
import type { LiveCueConfig } from './live-config.js';
import { CUE_WORDS, type LiveAngles, type LiveCue, type LiveCueId, type LivePhase } from './types.js';

export interface CueLimits {
  /** Personal safe depth from calibration, hip flexion degrees; null: not calibrated, so no "stop" cue. */
  readonly safeDepthDeg: number | null;
  /** An eccentric shorter than this is too fast (engine's fast_eccentric warn level). */
  readonly fastEccentricS: number;
}

/** Which cues the camera view lets the coach give right now (the offline detectors' view gates). */
export type CueAllowed = (id: LiveCueId) => boolean;

interface Rep {
  readonly startDeg: number;
  readonly startS: number;
  deepestDeg: number;
  /** Lowest hip flexion since the deepest point: how far the lifter has pushed back up. */
  lowestSinceDeepestDeg: number;
  readonly fired: Set<LiveCueId>;
  descended: boolean;
}

export class CueTracker {
  private readonly history: LiveAngles[] = [];
  private phase: LivePhase = 'unknown';
  private rep: Rep | null = null;
  private lastRangeDeg: number;

  constructor(
    private readonly limits: CueLimits,
    private readonly config: LiveCueConfig,
  ) {
    this.lastRangeDeg = config.assumedRangeDeg;
  }

  get currentPhase(): LivePhase {
    return this.phase;
  }

  push(sample: LiveAngles, allowed: CueAllowed = () => true): LiveCue[] {
    const cues: LiveCue[] = [];
    const fire = (id: LiveCueId) => {
      if (!allowed(id)) return;
      cues.push({ id, atS: sample.tS, text: CUE_WORDS[id] });
    };
    this.history.push(sample);
    while (this.history.length > 2 && this.history[0]!.tS < sample.tS - 2 * this.config.velocitySpanS) {
      this.history.shift();
    }
    const hip = sample.hipFlexionDeg;
    if (Number.isFinite(hip)) {
      this.phase = this.nextPhase(this.velocityDegPerS(sample.tS));
      this.followRep(hip, sample.tS);
      const rep = this.rep;
      const once = (id: LiveCueId) => {
        if (rep === null || rep.fired.has(id)) return;
        rep.fired.add(id);
        fire(id);
      };
      const c = this.config;
      if (this.phase === 'lowering' && rep !== null) {
        const safe = this.limits.safeDepthDeg;
        if (safe !== null && hip >= safe - c.stopLeadDeg) once('stop');
        const progressDeg = hip - rep.startDeg;
        // Mean pace since the lowering began, against the pace that would finish the range too quickly.
        const paceDegPerS = progressDeg / Math.max(sample.tS - rep.startS, 1e-3);
        if (
          progressDeg >= c.slowDownMinProgress * this.lastRangeDeg &&
          paceDegPerS > this.lastRangeDeg / this.limits.fastEccentricS
        ) {
          once('slow_down');
        }
        // Only a real descent (not pose jitter at the bottom) earns an "exhale" on the way up.
        if (progressDeg >= c.minDescentDeg) rep.descended = true;
      } else if (this.phase === 'pushing' && rep !== null && rep.descended && !rep.fired.has('exhale')) {
        once('exhale');
        // Learn the lifter's real range from the rep just lowered, for the next "slow down" check.
        this.lastRangeDeg = rep.deepestDeg - rep.startDeg;
      }
    }
    return cues;
  }

  /** Starts a new rep on a lowering that follows a real push back up; tracks the current rep's depth. */
  private followRep(hip: number, tS: number): void {
    const rep = this.rep;
    if (rep !== null) {
      if (hip > rep.deepestDeg) {
        rep.deepestDeg = hip;
        rep.lowestSinceDeepestDeg = hip;
      } else {
        rep.lowestSinceDeepestDeg = Math.min(rep.lowestSinceDeepestDeg, hip);
      }
    }
    const pushedBack =
      rep === null || rep.deepestDeg - rep.lowestSinceDeepestDeg >= this.config.minDescentDeg;
    if (this.phase === 'lowering' && pushedBack) {
      this.rep = {
        startDeg: hip,
        startS: tS,
        deepestDeg: hip,
        lowestSinceDeepestDeg: hip,
        fired: new Set(),
        descended: false,
      };
    }
  }

  /** Least-squares slope of hip flexion over the last velocitySpanS (the engine's one line fit). */
  private velocityDegPerS(nowS: number): number {
    const recent = this.history.filter((s) => s.tS >= nowS - this.config.velocitySpanS);
    const fit = fitLine(
      recent.map((s) => s.hipFlexionDeg),
      recent.map((s) => s.tS),
      0,
      recent.length - 1,
    );
    return fit.n >= 2 && Number.isFinite(fit.slope) ? fit.slope : 0;
  }

  private nextPhase(velocity: number): LivePhase {
    if (velocity > this.config.descendingDegPerS) return 'lowering';
    if (velocity < -this.config.pushingDegPerS) return 'pushing';
    return 'holding';
  }
}
