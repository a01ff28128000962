import type { Kinematics } from '../kinematics/types.js';
import { roundDeg, roundLength, roundS } from './round.js';
import type { ReportSeries } from './types.js';

/** Default number of points in the plotted series: enough for a smooth plot, small enough for JSON. */
export const DEFAULT_SERIES_POINTS = 600;

const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Every k-th frame so at most `maxPoints` remain; NaN becomes null so JSON round-trips. */
export function downsampleSeries(
  kinematics: Kinematics,
  maxPoints: number = DEFAULT_SERIES_POINTS,
): ReportSeries {
  const n = kinematics.tS.length;
  const stride = Math.max(1, Math.ceil(n / Math.max(1, maxPoints)));
  const tS: number[] = [];
  const kneeDeg: (number | null)[] = [];
  const hipFlexionDeg: (number | null)[] = [];
  const hipDepartureThighs: (number | null)[] = [];
  for (let i = 0; i < n; i += stride) {
    tS.push(roundS(kinematics.tS[i]!));
    kneeDeg.push(orNull(roundDeg(kinematics.kneeDeg[i]!)));
    hipFlexionDeg.push(orNull(roundDeg(kinematics.hipFlexionDeg[i]!)));
    hipDepartureThighs.push(orNull(roundLength(kinematics.hipDepartureThighs[i]!)));
  }
  return { tS, kneeDeg, hipFlexionDeg, hipDepartureThighs };
}
