import { fitLine } from '../core/series/fit-line.js';

/**
 * Where a smooth movement truly left (or reached) a turning point. Near a turning point the knee angle moves
 * quadratically in time, so sqrt(|knee - plateau|) is a straight line in time that reaches zero at the turning
 * instant. Fitting that line by least squares over the frames between `phaseEdgeFraction` and
 * `phaseFitFraction` of the range averages out keypoint noise that a single threshold crossing would keep.
 */

/**
 * Time at which sqrt(|values - plateau|) extrapolates to zero, from a least-squares line over frames [from, to];
 * `rising` says whether the distance grows (leaving a turning point) or shrinks (arriving) with time.
 * NaN with fewer than 3 seen frames or a line sloping the wrong way.
 */
export function extrapolatedTurnS(
  values: Float64Array,
  t: Float64Array,
  from: number,
  to: number,
  plateau: number,
  rising: boolean,
): number {
  // Times from the first frame's, for numerical stability.
  const fit = fitLine(values, t, from, to, (v) => Math.sqrt(Math.abs(v - plateau)));
  if (fit.n < 3 || Number.isNaN(fit.slope)) return Number.NaN;
  if (rising ? !(fit.slope > 0) : !(fit.slope < 0)) return Number.NaN;
  return fit.t0 - fit.intercept / fit.slope;
}
