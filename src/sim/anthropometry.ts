/**
 * Body segment lengths as fractions of standing height, after Drillis & Contini (1966) as tabulated in
 * Winter, "Biomechanics and Motor Control of Human Movement" (4th ed., 2009, Fig. 4.1): thigh (hip-knee)
 * 0.245 H, shank (knee-ankle) 0.246 H, foot length 0.152 H, ankle height 0.039 H, shoulder height
 * 0.818 H minus hip height 0.530 H = trunk 0.288 H, upper arm 0.186 H, forearm 0.146 H, hand 0.108 H,
 * shoulder width 0.259 H, hip width 0.191 H. Shoulder-to-ear (neck and head) is taken from the eye/ear
 * height 0.936 H minus shoulder height: ~0.118 H.
 */
export type BodySize = 'small' | 'medium' | 'large';

export interface Anthropometry {
  readonly heightM: number;
  readonly thighM: number;
  readonly shankM: number;
  readonly footM: number;
  readonly ankleHeightM: number;
  /** Heel (back of the foot) to ankle centre, along the foot. */
  readonly heelToAnkleM: number;
  readonly trunkM: number;
  /** Shoulder joint to ear, along the back pad when the head rests on it. */
  readonly neckToEarM: number;
  readonly upperArmM: number;
  readonly forearmM: number;
  readonly handM: number;
  /** Half widths (lateral offsets from the mid-plane) used for the far-side projection. */
  readonly shoulderHalfWidthM: number;
  readonly hipHalfWidthM: number;
}

/** Heights (m) and a small proportion tweak per size: the tall body has slightly longer legs, the small one a longer trunk. */
const SIZES: Readonly<Record<BodySize, { heightM: number; legScale: number; trunkScale: number }>> = {
  small: { heightM: 1.55, legScale: 0.98, trunkScale: 1.03 },
  medium: { heightM: 1.75, legScale: 1, trunkScale: 1 },
  large: { heightM: 1.93, legScale: 1.02, trunkScale: 0.98 },
};

export function anthropometry(size: BodySize): Anthropometry {
  const { heightM: h, legScale, trunkScale } = SIZES[size];
  return {
    heightM: h,
    thighM: 0.245 * h * legScale,
    shankM: 0.246 * h * legScale,
    footM: 0.152 * h,
    ankleHeightM: 0.039 * h,
    heelToAnkleM: 0.035 * h,
    trunkM: 0.288 * h * trunkScale,
    neckToEarM: 0.118 * h,
    upperArmM: 0.186 * h,
    forearmM: 0.146 * h,
    handM: 0.108 * h,
    shoulderHalfWidthM: 0.259 * h * 0.5,
    hipHalfWidthM: 0.191 * h * 0.5 * 0.5,
  };
}
