/**
 * The two filter shapes of the conditioning stage, modelled on TF.js pose-detection's shared/filters.
 * Values are one coordinate of one body point (pixels); times are seconds (`tS`), never milliseconds.
 */

/** A causal filter fed one sample at a time (live use). Variable frame rate: the filter reads the time step from `tS`. */
export interface SampleFilter {
  /** Filters `value` observed at time `tS` (seconds, increasing) and returns the filtered value. */
  apply(value: number, tS: number): number;
  /** Forgets all history, e.g. after a gap, so the next sample passes through unchanged. */
  reset(): void;
}

/**
 * A filter over a whole series. NaN marks missing samples: they stay NaN, and each contiguous valid run is
 * filtered on its own, so no value is ever invented across a gap. `out` may be `values` (in-place).
 */
export interface SeriesFilter {
  apply(values: Float64Array, tS: Float64Array, out: Float64Array): void;
}
