/**
 * Per-frame cue rules on the latest near-side angles: a small state machine, one cue per rep phase.
 * Pure: the caller feeds angle samples in time order and gets back the cues they trigger.
 */
import type { LiveCueConfig } from './live-config.js';
import { CUE_WORDS, type LiveAngles, type LiveCue, type LiveCueId, type LivePhase } from './types.js';

export interface CueLimits {
  /** Personal (or default) safe depth, hip flexion degrees. */
  readonly safeDepthDeg: number;
  /** Knee angle at or above which the top counts as locked (engine's knee_lockout warn level). */
  readonly lockoutKneeDeg: number;
  /** How long the knee must stay locked before "soft knees" (engine's knee_lockout hold). */
  readonly lockoutHoldS: number;
  /** An eccentric shorter than this is too fast (engine's fast_eccentric warn level). */
  readonly fastEccentricS: number;
}

export class CueTracker {
  private readonly history: LiveAngles[] = [];
  private phase: LivePhase = 'unknown';
  /** Hip flexion where the current lowering started, and the deepest seen since. */
  private descentStartDeg = Number.NaN;
  private descentStartS = Number.NaN;
  private deepestDeg = Number.NaN;
  private lastRangeDeg: number;
  private stopArmed = false;
  private slowArmed = false;
  private exhaleArmed = false;
  private kneesArmed = true;
  private lockedSinceS = Number.NaN;

  constructor(
    private readonly limits: CueLimits,
    private readonly config: LiveCueConfig,
  ) {
    this.lastRangeDeg = config.assumedRangeDeg;
  }

  get currentPhase(): LivePhase {
    return this.phase;
  }

  push(sample: LiveAngles): LiveCue[] {
    const cues: LiveCue[] = [];
    const fire = (id: LiveCueId) => cues.push({ id, atS: sample.tS, text: CUE_WORDS[id] });
    this.history.push(sample);
    while (this.history.length > 2 && this.history[0]!.tS < sample.tS - 2 * this.config.velocitySpanS) {
      this.history.shift();
    }
    const hip = sample.hipFlexionDeg;
    if (Number.isFinite(hip)) {
      this.phase = this.nextPhase(this.velocityDegPerS(sample.tS));
      const c = this.config;
      if (this.phase === 'lowering') {
        // Each cue fires at most once per descent; a descent ends with a push.
        if (!Number.isFinite(this.descentStartDeg)) {
          this.descentStartDeg = hip;
          this.descentStartS = sample.tS;
          this.deepestDeg = hip;
          this.stopArmed = true;
          this.slowArmed = true;
        }
        this.deepestDeg = Math.max(this.deepestDeg, hip);
        if (this.stopArmed && hip >= this.limits.safeDepthDeg - c.stopLeadDeg) {
          this.stopArmed = false;
          fire('stop');
        }
        const progressDeg = hip - this.descentStartDeg;
        // Mean pace since the lowering began, against the pace that would finish the range too quickly.
        const paceDegPerS = progressDeg / Math.max(sample.tS - this.descentStartS, 1e-3);
        if (
          this.slowArmed &&
          progressDeg >= c.slowDownMinProgress * this.lastRangeDeg &&
          paceDegPerS > this.lastRangeDeg / this.limits.fastEccentricS
        ) {
          this.slowArmed = false;
          fire('slow_down');
        }
        // Only a real descent (not pose jitter at the bottom) earns an "exhale" on the way up.
        if (progressDeg >= c.minDescentDeg) this.exhaleArmed = true;
      } else if (this.phase === 'pushing' && Number.isFinite(this.descentStartDeg)) {
        if (this.exhaleArmed) {
          this.exhaleArmed = false;
          fire('exhale');
          // Learn the lifter's real range from the rep just lowered, for the next "slow down" check.
          this.lastRangeDeg = this.deepestDeg - this.descentStartDeg;
        }
        this.descentStartDeg = Number.NaN;
      }
    }
    this.checkLockout(sample, fire);
    return cues;
  }

  private checkLockout(sample: LiveAngles, fire: (id: LiveCueId) => void): void {
    const knee = sample.kneeDeg;
    if (!Number.isFinite(knee)) return;
    if (knee >= this.limits.lockoutKneeDeg) {
      if (!Number.isFinite(this.lockedSinceS)) this.lockedSinceS = sample.tS;
      if (this.kneesArmed && sample.tS - this.lockedSinceS >= this.limits.lockoutHoldS) {
        this.kneesArmed = false;
        fire('soft_knees');
      }
    } else {
      this.lockedSinceS = Number.NaN;
      if (knee < this.limits.lockoutKneeDeg - this.config.rearmDeg) this.kneesArmed = true;
    }
  }

  /** Least-squares slope of hip flexion over the last velocitySpanS. */
  private velocityDegPerS(nowS: number): number {
    const pts = this.history.filter(
      (s) => s.tS >= nowS - this.config.velocitySpanS && Number.isFinite(s.hipFlexionDeg),
    );
    if (pts.length < 2) return 0;
    const mt = pts.reduce((a, s) => a + s.tS, 0) / pts.length;
    const mh = pts.reduce((a, s) => a + s.hipFlexionDeg, 0) / pts.length;
    let num = 0;
    let den = 0;
    for (const s of pts) {
      num += (s.tS - mt) * (s.hipFlexionDeg - mh);
      den += (s.tS - mt) ** 2;
    }
    return den > 0 ? num / den : 0;
  }

  private nextPhase(velocity: number): LivePhase {
    if (velocity > this.config.descendingDegPerS) return 'lowering';
    if (velocity < -this.config.pushingDegPerS) return 'pushing';
    return 'holding';
  }
}
