import type { SeriesFilter } from './filter.js';
import { forEachValidRun } from './valid-runs.js';

/** Coefficients of one biquad section, a0 normalised to 1. */
export interface Biquad {
  readonly b0: number;
  readonly b1: number;
  readonly b2: number;
  readonly a1: number;
  readonly a2: number;
}

/**
 * 2nd-order Butterworth low-pass for sample rate `sampleRateHz` (bilinear transform with pre-warping, as
 * scipy.signal.butter). The cut-off is kept below 0.45 x the sample rate: at low frame rates the requested
 * cut-off may lie above Nyquist, where no low-pass can be designed; the filter then only removes the top band.
 */
export function designButterworthLowPass(cutoffHz: number, sampleRateHz: number): Biquad {
  const fc = Math.min(cutoffHz, 0.45 * sampleRateHz);
  const k = Math.tan((Math.PI * fc) / sampleRateHz);
  const k2 = k * k;
  const norm = 1 / (1 + Math.SQRT2 * k + k2);
  const b0 = k2 * norm;
  return { b0, b1: 2 * b0, b2: b0, a1: 2 * (k2 - 1) * norm, a2: (1 - Math.SQRT2 * k + k2) * norm };
}

/**
 * One pass of the biquad over buf[0..n) in place (direct form II transposed), forwards (`step` = 1) or
 * backwards (`step` = -1, no copy needed), starting in the steady state for a constant input equal to the
 * first sample visited (like scipy's lfilter_zi), so the start does not ring.
 */
function biquadInPlace(c: Biquad, buf: Float64Array, n: number, step: 1 | -1): void {
  const startAt = step === 1 ? 0 : n - 1;
  const x0 = buf[startAt]!;
  let z2 = (c.b2 - c.a2) * x0;
  let z1 = (c.b1 - c.a1) * x0 + z2;
  for (let k = 0, i = startAt; k < n; k++, i += step) {
    const x = buf[i]!;
    const y = c.b0 * x + z1;
    z1 = c.b1 * x - c.a1 * y + z2;
    z2 = c.b2 * x - c.a2 * y;
    buf[i] = y;
  }
}

/**
 * Zero-phase Butterworth low-pass: the 2nd-order filter run forward then backward (effective 4th order, no lag),
 * as Sports2D and Pose2Sim do. Each valid run is padded at both ends by odd reflection (2*x0 - x[k]) so the
 * edges neither drag towards zero nor lag. Runs shorter than 3 samples are copied unchanged.
 *
 * For a variable frame rate the filter is designed for the median time step (`sampleRateHz`): the phase stays
 * zero at any rate, only the effective cut-off varies with the local rate.
 */
export class ButterworthFilter implements SeriesFilter {
  private readonly coeffs: Biquad;
  private readonly padLen: number;
  private scratch = new Float64Array(0);

  constructor(cutoffHz: number, sampleRateHz: number) {
    this.coeffs = designButterworthLowPass(cutoffHz, sampleRateHz);
    // About three time constants of the filter: edge transients have died out inside the padding.
    this.padLen = Math.max(9, 3 * Math.ceil(sampleRateHz / Math.min(cutoffHz, 0.45 * sampleRateHz)));
  }

  apply(values: Float64Array, _tS: Float64Array, out: Float64Array): void {
    if (out !== values) out.fill(Number.NaN);
    forEachValidRun(values, (start, end) => this.filterRun(values, start, end, out));
  }

  private filterRun(values: Float64Array, start: number, end: number, out: Float64Array): void {
    const n = end - start;
    if (n < 3) {
      for (let i = start; i < end; i++) out[i] = values[i]!;
      return;
    }
    const pad = Math.min(this.padLen, n - 1);
    const total = n + 2 * pad;
    if (this.scratch.length < total) this.scratch = new Float64Array(total);
    const buf = this.scratch;
    const first = values[start]!;
    const last = values[end - 1]!;
    for (let k = 0; k < pad; k++) buf[k] = 2 * first - values[start + pad - k]!;
    for (let i = 0; i < n; i++) buf[pad + i] = values[start + i]!;
    for (let k = 0; k < pad; k++) buf[pad + n + k] = 2 * last - values[end - 2 - k]!;
    biquadInPlace(this.coeffs, buf, total, 1);
    biquadInPlace(this.coeffs, buf, total, -1);
    for (let i = 0; i < n; i++) out[start + i] = buf[pad + i]!;
  }
}
