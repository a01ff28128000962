import type { SampleFilter } from './filter.js';

/** Smoothing factor of a first-order low-pass (exponential) filter with cut-off `cutoffHz` at time step `dtS`. */
export function lowPassAlpha(cutoffHz: number, dtS: number): number {
  const tauS = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tauS / dtS);
}

/**
 * First-order low-pass (exponential smoothing), the building block of the One-Euro filter.
 * Each output is a convex mix of the new value and the previous output, so it never leaves the inputs' range.
 */
export class LowPassFilter implements SampleFilter {
  private filtered = Number.NaN;
  private raw = Number.NaN;
  private lastTS = Number.NaN;

  /** `cutoffHz` is only used by `apply`; `applyWithAlpha` lets a caller (One-Euro) choose alpha per sample. */
  constructor(private readonly cutoffHz = 1) {}

  apply(value: number, tS: number): number {
    if (!this.hasLast()) {
      this.lastTS = tS;
      return this.applyWithAlpha(value, 1);
    }
    const dtS = tS - this.lastTS;
    // A repeated or backwards timestamp carries no time to smooth over: keep the previous output.
    if (!(dtS > 0)) return this.filtered;
    this.lastTS = tS;
    return this.applyWithAlpha(value, lowPassAlpha(this.cutoffHz, dtS));
  }

  applyWithAlpha(value: number, alpha: number): number {
    this.filtered = this.hasLast() ? alpha * value + (1 - alpha) * this.filtered : value;
    this.raw = value;
    return this.filtered;
  }

  hasLast(): boolean {
    return !Number.isNaN(this.raw);
  }

  /** The last unfiltered input (NaN before the first). */
  lastRaw(): number {
    return this.raw;
  }

  reset(): void {
    this.filtered = Number.NaN;
    this.raw = Number.NaN;
    this.lastTS = Number.NaN;
  }
}
