import type { ConditioningConfig } from '../config/conditioning-config.js';
import { ButterworthFilter } from './butterworth.js';
import type { SeriesFilter } from './filter.js';
import { sampledMedianFinite } from '../core/series/median.js';
import { oneEuroSeriesFilter } from './one-euro.js';

/** 'offline' = zero-phase Butterworth (recorded video, no lag); 'live' = causal One-Euro (uses no future frames). */
export type SmoothingMode = 'offline' | 'live';

/** The track's typical sample rate: 1 / median time step (robust to dropped or duplicated frames). NaN if unknown. */
export function medianSampleRateHz(tS: Float64Array): number {
  if (tS.length < 2) return Number.NaN;
  const dt = new Float64Array(tS.length - 1);
  for (let i = 1; i < tS.length; i++) {
    const d = tS[i]! - tS[i - 1]!;
    dt[i - 1] = d > 0 ? d : Number.NaN;
  }
  const medianDtS = sampledMedianFinite(dt);
  return medianDtS > 0 ? 1 / medianDtS : Number.NaN;
}

const IDENTITY: SeriesFilter = {
  apply(values, _tS, out) {
    if (out !== values) out.set(values);
  },
};

/** Picks the smoothing filter for a mode; the offline filter is designed for this track's sample rate. */
export function createSmoother(
  mode: SmoothingMode,
  config: ConditioningConfig,
  tS: Float64Array,
): SeriesFilter {
  if (mode === 'live') {
    return oneEuroSeriesFilter({
      minCutoffHz: config.oneEuroMinCutoffHz,
      beta: config.oneEuroBeta,
      derivateCutoffHz: config.oneEuroDerivateCutoffHz,
    });
  }
  const rateHz = medianSampleRateHz(tS);
  // A single frame (or no usable time steps) has nothing to smooth.
  return Number.isFinite(rateHz) ? new ButterworthFilter(config.butterworthCutoffHz, rateHz) : IDENTITY;
}
