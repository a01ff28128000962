import type { SampleFilter, SeriesFilter } from './filter.js';
import { LowPassFilter, lowPassAlpha } from './low-pass.js';
import { forEachValidRun } from './valid-runs.js';

export interface OneEuroParams {
  /** Cut-off at rest: lower = less jitter when the joint is still. */
  readonly minCutoffHz: number;
  /** Cut-off growth per unit speed (per px/s): higher = less lag when the joint moves fast. */
  readonly beta: number;
  /** Cut-off of the speed estimate itself. */
  readonly derivateCutoffHz: number;
}

/**
 * One-Euro filter (Casiez et al. 2012): a low-pass whose cut-off rises with speed, so it is smooth at rest and
 * quick when moving. Causal (live use) and timestamp-aware: the time step comes from `tS`, so a variable
 * frame rate is handled. A repeated or backwards timestamp returns the previous output unchanged.
 */
export class OneEuroFilter implements SampleFilter {
  private readonly x = new LowPassFilter();
  private readonly dx = new LowPassFilter();
  private lastTS = Number.NaN;
  private lastOut = Number.NaN;

  constructor(private readonly params: OneEuroParams) {}

  apply(value: number, tS: number): number {
    if (!this.x.hasLast()) {
      this.lastTS = tS;
      this.lastOut = this.x.applyWithAlpha(value, 1);
      this.dx.applyWithAlpha(0, 1);
      return this.lastOut;
    }
    const dtS = tS - this.lastTS;
    if (!(dtS > 0)) return this.lastOut;
    this.lastTS = tS;
    const speed = (value - this.x.lastRaw()) / dtS;
    const smoothedSpeed = this.dx.applyWithAlpha(speed, lowPassAlpha(this.params.derivateCutoffHz, dtS));
    const cutoffHz = this.params.minCutoffHz + this.params.beta * Math.abs(smoothedSpeed);
    this.lastOut = this.x.applyWithAlpha(value, lowPassAlpha(cutoffHz, dtS));
    return this.lastOut;
  }

  reset(): void {
    this.x.reset();
    this.dx.reset();
    this.lastTS = Number.NaN;
    this.lastOut = Number.NaN;
  }
}

/** Runs a causal sample filter over a series, restarting it after every gap (as a live tracker would). */
export function causalSeriesFilter(filter: SampleFilter): SeriesFilter {
  return {
    apply(values, tS, out) {
      if (out !== values) out.fill(Number.NaN);
      forEachValidRun(values, (start, end) => {
        filter.reset();
        for (let i = start; i < end; i++) out[i] = filter.apply(values[i]!, tS[i]!);
      });
    },
  };
}
