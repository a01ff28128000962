import { CONV, type SourcesOf } from './sources.js';

export interface RepsConfig {
  /** A rep must bend the knee at least this much from the top (smaller movements are ignored). */
  readonly minRangeDeg: number;
  /** A descent must start within this many degrees of the set's top knee angle ("near the top"). */
  readonly nearTopDeg: number;
  /** Hysteresis band: the knee must move this far past a turning point before a phase change is accepted. */
  readonly hysteresisDeg: number;
  /** Band above the minimum knee angle that counts as "at the bottom" (for dwell time). */
  readonly bottomBandDeg: number;
  readonly minRepDurationS: number;
  readonly maxRepDurationS: number;
}

export const REPS_DEFAULTS: RepsConfig = {
  minRangeDeg: 25,
  nearTopDeg: 25,
  hysteresisDeg: 5,
  bottomBandDeg: 5,
  minRepDurationS: 0.5,
  maxRepDurationS: 20,
};

export const REPS_SOURCES: SourcesOf<RepsConfig> = {
  minRangeDeg: CONV,
  nearTopDeg: CONV,
  hysteresisDeg: 'evidence.md §2: >= 5 deg hysteresis',
  bottomBandDeg: CONV,
  minRepDurationS: 'evidence.md §3: 0.5-8 s rep durations (Schoenfeld 2015)',
  maxRepDurationS: CONV,
};
