/**
 * Synthetic side-view leg press tracks with known geometry, for tests of this stage and later ones. The sled
 * moves the ankle along a straight axis; the hip sits on the seat (optionally lifting off the pad); the knee
 * follows from the thigh and shank lengths (two-link geometry), so knee angle and hip flexion are consistent,
 * and the ground truth is computed here independently of the code under test (law of cosines, dot products).
 */
import type { LandmarkSetId, SideJoint } from '../core/landmarks.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';

export interface SyntheticLegPressOptions {
  /** Frame times, seconds (any spacing). */
  readonly tS: ArrayLike<number>;
  /** Sled travel from the top per frame, shank lengths (0 = top, larger = deeper). */
  readonly sledTravelShanks: ArrayLike<number>;
  readonly facing?: 'left' | 'right';
  readonly landmarkSet?: LandmarkSetId;
  /** Hip moving off the pad towards the front per frame, thigh lengths (the shoulder stays on the pad). */
  readonly hipDepartureThighs?: ArrayLike<number>;
  /** Hip sliding along the pad towards the shoulders per frame, thigh lengths. */
  readonly hipSlideThighs?: ArrayLike<number>;
  /** Heel rotating off the platform about the toe per frame, degrees. */
  readonly heelLiftDeg?: ArrayLike<number>;
  /** Head (ear and nose) moving forward off the pad per frame, thigh lengths. */
  readonly headDepartureThighs?: ArrayLike<number>;
  /** Frames in which every joint is missing (NaN). */
  readonly missing?: (frame: number) => boolean;
  /** Offset of each far-side joint from its near-side twin, px (side view: small). */
  readonly farOffsetPx?: { readonly x: number; readonly y: number };
  readonly thighPx?: number;
  readonly shankPx?: number;
  readonly torsoPx?: number;
  /** Knee angle at zero sled travel. */
  readonly kneeTopDeg?: number;
  readonly imageWidthPx?: number;
  readonly imageHeightPx?: number;
  readonly score?: number;
}

export interface SyntheticLegPress {
  readonly track: ConditionedTrack;
  /** Ground truth per frame. */
  readonly kneeDeg: Float64Array;
  readonly hipFlexionDeg: Float64Array;
  /** Unit vector of the sled axis towards the lifter, in image coordinates. */
  readonly sledAxisTowardsLifter: { readonly x: number; readonly y: number };
}

const DEG = Math.PI / 180;

interface MutableSeries {
  x: Float64Array;
  y: Float64Array;
  score: Float64Array;
}

function series(n: number): MutableSeries {
  return { x: new Float64Array(n), y: new Float64Array(n), score: new Float64Array(n) };
}

function at(a: ArrayLike<number> | undefined, i: number): number {
  return a === undefined ? 0 : a[i]!;
}

/** A synthetic conditioned track of one leg press set (see the module comment). */
export function syntheticLegPress(opts: SyntheticLegPressOptions): SyntheticLegPress {
  const n = opts.tS.length;
  const T = opts.thighPx ?? 160;
  const S = opts.shankPx ?? 150;
  const L = opts.torsoPx ?? 200;
  const W = opts.imageWidthPx ?? 1280;
  const H = opts.imageHeightPx ?? 720;
  const facing = opts.facing ?? 'right';
  const set = opts.landmarkSet ?? 'blazepose33';
  const score = opts.score ?? 0.9;
  const kneeTop = (opts.kneeTopDeg ?? 170) * DEG;

  // Built facing right, mirrored afterwards. Back pad reclined 35 deg from vertical; its front normal.
  const along = { x: -Math.sin(35 * DEG), y: -Math.cos(35 * DEG) };
  const front = { x: -along.y, y: along.x };
  const hip0 = { x: 380, y: 520 };
  const shoulder0 = { x: hip0.x + L * along.x, y: hip0.y + L * along.y };
  // Sled runs at 45 deg; the ankle starts 30 deg above the horizontal from the hip.
  const away = { x: Math.cos(45 * DEG), y: -Math.sin(45 * DEG) };
  const d0 = Math.sqrt(T * T + S * S - 2 * T * S * Math.cos(kneeTop));
  const ankle0 = { x: hip0.x + d0 * Math.cos(30 * DEG), y: hip0.y - d0 * Math.sin(30 * DEG) };
  const platform = { x: -away.y, y: away.x }; // along the platform, pointing down towards the heel

  const joints: Record<SideJoint, MutableSeries> = {
    ear: series(n),
    shoulder: series(n),
    hip: series(n),
    knee: series(n),
    ankle: series(n),
    heel: series(n),
    toe: series(n),
  };
  const nose = series(n);
  const kneeDeg = new Float64Array(n);
  const hipFlexionDeg = new Float64Array(n);

  const put = (s: MutableSeries, i: number, x: number, y: number): void => {
    s.x[i] = facing === 'right' ? x : W - x;
    s.y[i] = y;
    s.score[i] = score;
  };

  for (let i = 0; i < n; i++) {
    const dep = at(opts.hipDepartureThighs, i) * T;
    const slide = at(opts.hipSlideThighs, i) * T;
    const hip = {
      x: hip0.x + dep * front.x + slide * along.x,
      y: hip0.y + dep * front.y + slide * along.y,
    };
    const travel = at(opts.sledTravelShanks, i) * S;
    const ankle = { x: ankle0.x - travel * away.x, y: ankle0.y - travel * away.y };
    const hx = ankle.x - hip.x;
    const hy = ankle.y - hip.y;
    const D = Math.hypot(hx, hy);
    const kappa = Math.acos(Math.min(1, Math.max(-1, (T * T + S * S - D * D) / (2 * T * S))));
    const alpha = Math.acos(Math.min(1, Math.max(-1, (T * T + D * D - S * S) / (2 * T * D))));
    // Knee on the lifter's front (above the hip-ankle line when facing right): rotate hip->ankle by -alpha.
    const ux = hx / D;
    const uy = hy / D;
    const c = Math.cos(-alpha);
    const s = Math.sin(-alpha);
    const knee = { x: hip.x + T * (ux * c - uy * s), y: hip.y + T * (ux * s + uy * c) };
    kneeDeg[i] = kappa / DEG;
    const tx = shoulder0.x - hip.x;
    const ty = shoulder0.y - hip.y;
    const kx = knee.x - hip.x;
    const ky = knee.y - hip.y;
    const trunkThigh = Math.acos((tx * kx + ty * ky) / (Math.hypot(tx, ty) * Math.hypot(kx, ky))) / DEG;
    hipFlexionDeg[i] = 180 - trunkThigh;

    const toe = { x: ankle.x - 0.2 * S * platform.x, y: ankle.y - 0.2 * S * platform.y };
    // Heel below the ankle on the platform; lifting rotates it about the toe towards the lifter.
    const hr = { x: ankle.x + 0.15 * S * platform.x - toe.x, y: ankle.y + 0.15 * S * platform.y - toe.y };
    const beta = at(opts.heelLiftDeg, i) * DEG;
    // The heel hangs along +platform; a positive screen rotation moves it along -away, towards the lifter.
    const cb = Math.cos(beta);
    const sb = Math.sin(beta);
    const heel = { x: toe.x + hr.x * cb - hr.y * sb, y: toe.y + hr.x * sb + hr.y * cb };
    const head = at(opts.headDepartureThighs, i) * T;
    const ear = {
      x: shoulder0.x + 0.2 * L * along.x + (0.1 * T + head) * front.x,
      y: shoulder0.y + 0.2 * L * along.y + (0.1 * T + head) * front.y,
    };

    if (opts.missing?.(i)) {
      for (const j of Object.values(joints)) put(j, i, Number.NaN, Number.NaN);
      put(nose, i, Number.NaN, Number.NaN);
      for (const j of Object.values(joints)) j.score[i] = 0;
      nose.score[i] = 0;
      continue;
    }
    put(joints.hip, i, hip.x, hip.y);
    put(joints.knee, i, knee.x, knee.y);
    put(joints.ankle, i, ankle.x, ankle.y);
    put(joints.shoulder, i, shoulder0.x, shoulder0.y);
    put(joints.toe, i, toe.x, toe.y);
    put(joints.heel, i, heel.x, heel.y);
    put(joints.ear, i, ear.x, ear.y);
    put(nose, i, ear.x + 0.1 * T * front.x, ear.y + 0.1 * T * front.y);
  }

  const off = opts.farOffsetPx ?? { x: 4, y: -3 };
  const hasFoot = set === 'blazepose33';
  const near: Record<SideJoint, PointSeries | undefined> = { ...joints };
  const far: Record<SideJoint, PointSeries | undefined> = {} as Record<SideJoint, PointSeries | undefined>;
  const validFraction = {} as Record<SideJoint, number>;
  for (const [name, s] of Object.entries(joints) as [SideJoint, MutableSeries][]) {
    const foot = name === 'heel' || name === 'toe';
    near[name] = foot && !hasFoot ? undefined : s;
    far[name] =
      foot && !hasFoot
        ? undefined
        : { x: s.x.map((v) => v + off.x), y: s.y.map((v) => v + off.y), score: s.score.map((v) => v * 0.8) };
    let valid = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(s.x[i]!)) valid++;
    validFraction[name] = foot && !hasFoot ? 0 : n > 0 ? valid / n : 0;
  }

  const track: ConditionedTrack = {
    tS: Float64Array.from(opts.tS),
    landmarkSet: set,
    imageWidthPx: W,
    imageHeightPx: H,
    side: facing === 'right' ? 'left' : 'right',
    facing,
    near,
    far,
    nose,
    stats: {
      frameCount: n,
      validFraction,
      lowConfidenceRejected: 0,
      outliersRejected: 0,
      framesInterpolated: 0,
      swapsRepaired: 0,
      meanScore: score,
    },
  };
  const sign = facing === 'right' ? 1 : -1;
  return {
    track,
    kneeDeg,
    hipFlexionDeg,
    sledAxisTowardsLifter: { x: -away.x * sign, y: -away.y },
  };
}

/** Evenly spaced frame times. */
export function uniformTimes(n: number, fps: number, t0S = 0): Float64Array {
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = t0S + i / fps;
  return t;
}

/**
 * Sled travel of `reps` smooth reps (raised cosine), each `eccentricS` down and `concentricS` up, with
 * `topPauseS` at the top between reps and `bottomPauseS` at the bottom; returns times and travel.
 */
export function repeatedReps(opts: {
  readonly reps: number;
  readonly fps: number;
  readonly depthShanks: number;
  readonly eccentricS?: number;
  readonly concentricS?: number;
  readonly topPauseS?: number;
  readonly bottomPauseS?: number;
}): { tS: Float64Array; travel: Float64Array } {
  const ecc = opts.eccentricS ?? 1.5;
  const con = opts.concentricS ?? 1;
  const top = opts.topPauseS ?? 1;
  const bottom = opts.bottomPauseS ?? 0;
  const repS = ecc + bottom + con + top;
  const totalS = top + opts.reps * repS;
  const n = Math.round(totalS * opts.fps) + 1;
  const tS = uniformTimes(n, opts.fps);
  const travel = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = tS[i]! - top;
    if (t < 0 || t >= opts.reps * repS) continue;
    const u = t % repS;
    let f = 0;
    if (u < ecc) f = 0.5 - 0.5 * Math.cos((Math.PI * u) / ecc);
    else if (u < ecc + bottom) f = 1;
    else if (u < ecc + bottom + con) f = 0.5 + 0.5 * Math.cos((Math.PI * (u - ecc - bottom)) / con);
    travel[i] = f * opts.depthShanks;
  }
  return { tS, travel };
}
