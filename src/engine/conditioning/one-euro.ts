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

/**
 * The One-Euro filter over a whole series, restarting after every gap: the same arithmetic as
 * `causalSeriesFilter(new OneEuroFilter(params))`, written as one tight loop over typed arrays because it runs
 * for every coordinate of every frame (an hour of video is ~3 million samples).
 */
export function oneEuroSeriesFilter(params: OneEuroParams): SeriesFilter {
  const { minCutoffHz, beta, derivateCutoffHz } = params;
  const tauD = 1 / (2 * Math.PI * derivateCutoffHz);
  const twoPi = 2 * Math.PI;
  return {
    apply(values, tS, out) {
      if (out !== values) out.fill(Number.NaN);
      forEachValidRun(values, (start, end) => {
        let raw = values[start]!;
        let x = raw;
        let dx = 0;
        let lastT = tS[start]!;
        out[start] = x;
        for (let i = start + 1; i < end; i++) {
          const v = values[i]!;
          const dtS = tS[i]! - lastT;
          if (!(dtS > 0)) {
            out[i] = x; // repeated or backwards timestamp: keep the previous output
            continue;
          }
          lastT = tS[i]!;
          const aD = 1 / (1 + tauD / dtS);
          dx += aD * ((v - raw) / dtS - dx);
          const tau = 1 / (twoPi * (minCutoffHz + beta * Math.abs(dx)));
          x += (1 / (1 + tau / dtS)) * (v - x);
          raw = v;
          out[i] = x;
        }
      });
    },
  };
}
