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
  let n = 0;
  let st = 0;
  let su = 0;
  let stt = 0;
  let stu = 0;
  const t0 = t[from]!; // centre times for numerical stability
  for (let i = from; i <= to; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const u = Math.sqrt(Math.abs(v - plateau));
    const x = t[i]! - t0;
    n++;
    st += x;
    su += u;
    stt += x * x;
    stu += x * u;
  }
  if (n < 3) return Number.NaN;
  const den = n * stt - st * st;
  if (!(den > 0)) return Number.NaN;
  const slope = (n * stu - st * su) / den;
  if (rising ? !(slope > 0) : !(slope < 0)) return Number.NaN;
  const intercept = (su - slope * st) / n;
  return t0 - intercept / slope;
}
