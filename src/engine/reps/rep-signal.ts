import type { RepsConfig } from '../config/reps-config.js';
import { RAD_TO_DEG } from '../core/geometry.js';
import { quantileFinite } from '../core/series/median.js';
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

/** Streaming Pearson correlation (no arrays: an hour of video is ~10^5 frames). */
class Correlation {
  private n = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private syy = 0;
  private sxy = 0;
  add(x: number, y: number): void {
    this.n++;
    this.sx += x;
    this.sy += y;
    this.sxx += x * x;
    this.syy += y * y;
    this.sxy += x * y;
  }
  value(): number {
    const { n } = this;
    if (n < 3) return Number.NaN;
    const vx = this.sxx - (this.sx * this.sx) / n;
    const vy = this.syy - (this.sy * this.sy) / n;
    const cov = this.sxy - (this.sx * this.sy) / n;
    return vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : Number.NaN;
  }
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
  const correlation = new Correlation();
  for (let i = 0; i < knee.length; i++) {
    const a = k.kneeDeg[i]!;
    const d = reach[i]!;
    if (!Number.isFinite(a) || !Number.isFinite(d)) continue;
    // Unsigned: a knee read as bent backwards is still as far from straight.
    correlation.add(reachOf(Math.min(a, 360 - a), ratio), d);
  }
  const agreement = correlation.value();
  if (!(agreement < config.minKneeReachAgreement)) return { kneeDeg: knee, source: 'knee', agreement };
  // Legs that hardly change length carry no rep to count on (the reps' own cross-check then says why).
  const reachRange =
    quantileFinite(reach, config.topQuantile) - quantileFinite(reach, 1 - config.topQuantile);
  if (!(reachRange >= config.minSledTravelShanks)) return { kneeDeg: knee, source: 'knee', agreement };
  return {
    kneeDeg: reach.map((d) => (Number.isFinite(d) ? kneeOfReach(d, ratio) : Number.NaN)),
    source: 'leg_reach',
    agreement,
  };
}
