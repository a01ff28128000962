import type { RepsConfig } from '../config/reps-config.js';
import { RAD_TO_DEG } from '../core/geometry.js';
import { quantileFinite } from '../kinematics/series-stats.js';
import type { Kinematics } from '../kinematics/types.js';

/** The series reps are counted on: the knee angle, or the knee angle the legs' reach implies. */
export interface RepSignal {
  readonly kneeDeg: Float64Array;
  readonly source: 'knee' | 'leg_reach';
  /** Correlation of the knee angle's implied reach with the measured reach (NaN when either is missing). */
  readonly agreement: number;
}

/** Hip-ankle distance (shank lengths) for a knee angle, two-link geometry with the thigh `r` shanks long. */
function reachOf(kneeDeg: number, r: number): number {
  return Math.sqrt(r * r + 1 - 2 * r * Math.cos(kneeDeg / RAD_TO_DEG));
}

/** The knee angle that makes the hip-ankle distance `reach` (shank lengths), clamped to 0-180. */
function kneeOfReach(reach: number, r: number): number {
  const c = (r * r + 1 - reach * reach) / (2 * r);
  return Math.acos(Math.min(1, Math.max(-1, c))) * RAD_TO_DEG;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 3) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/**
 * The knee angle and the hip-to-ankle reach measure one movement, tied by two-link geometry. On a clear side view
 * they agree closely; when they do not, the knee point is the one the model places worst (a knee seen from behind
 * or in front, occluded by a hand or the frame), while hip and ankle still show the legs extending. Reps are then
 * counted on the knee angle the reach implies. Knee readings bent far backwards count as missing either way.
 */
export function repSignal(k: Kinematics, config: RepsConfig): RepSignal {
  const knee = k.kneeDeg.map((v) => (v <= config.maxPlausibleKneeDeg ? v : Number.NaN));
  const reach = k.legReachShanks;
  const ratio = k.reference.thighLengthPx / k.reference.shankLengthPx;
  if (reach === undefined || !(ratio > 0)) return { kneeDeg: knee, source: 'knee', agreement: Number.NaN };
  const implied: number[] = [];
  const measured: number[] = [];
  for (let i = 0; i < knee.length; i++) {
    const a = k.kneeDeg[i]!;
    const d = reach[i]!;
    if (!Number.isFinite(a) || !Number.isFinite(d)) continue;
    // Unsigned: a knee read as bent backwards is still as far from straight.
    implied.push(reachOf(Math.min(a, 360 - a), ratio));
    measured.push(d);
  }
  const agreement = pearson(implied, measured);
  // Legs that hardly change length carry no rep to count on (the reps' own cross-check then says why).
  const reachRange =
    quantileFinite(reach, config.topQuantile) - quantileFinite(reach, 1 - config.topQuantile);
  const reachMoves = reachRange >= config.minSledTravelShanks;
  if (!(agreement < config.minKneeReachAgreement) || !reachMoves)
    return { kneeDeg: knee, source: 'knee', agreement };
  return {
    kneeDeg: reach.map((d) => (Number.isFinite(d) ? kneeOfReach(d, ratio) : Number.NaN)),
    source: 'leg_reach',
    agreement,
  };
}
