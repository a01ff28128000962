/**
 * Kinematics built straight from a knee-angle profile, for testing rep segmentation and later stages without
 * geometry. Sled travel follows the knee through two-link geometry with equal thigh and shank, and hip flexion
 * follows the knee linearly, so every series moves together as in a real leg press.
 */
import { derivativePerS } from '../kinematics/sled-velocity.js';
import type { Kinematics } from '../kinematics/types.js';

/** Smooth (cosine-eased) knee profile through `[timeS, kneeDeg]` keyframes, sampled at `fps` (or at given times). */
export function kneeProfile(
  keys: readonly (readonly [number, number])[],
  fps: number,
  times?: Float64Array,
): { tS: Float64Array; kneeDeg: Float64Array } {
  const endS = keys[keys.length - 1]![0];
  const tS = times ?? Float64Array.from({ length: Math.floor(endS * fps) + 1 }, (_, i) => i / fps);
  const kneeDeg = new Float64Array(tS.length);
  let k = 0;
  for (let i = 0; i < tS.length; i++) {
    const t = tS[i]!;
    while (k < keys.length - 2 && t > keys[k + 1]![0]) k++;
    const [t0, v0] = keys[k]!;
    const [t1, v1] = keys[Math.min(k + 1, keys.length - 1)]!;
    // Cosine easing between keys: smooth starts and stops like real movement (no infinite acceleration).
    const u = t1 > t0 ? Math.min(Math.max(t - t0, 0), t1 - t0) / (t1 - t0) : 0;
    kneeDeg[i] = v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos(Math.PI * u));
  }
  return { tS, kneeDeg };
}

/** Keyframes of `count` reps: top pause, lowering, bottom pause, pushing; optional lead-in keys first. */
export function repKeys(opts: {
  readonly count: number;
  readonly topDeg?: number;
  readonly bottomDeg?: number;
  readonly eccentricS?: number;
  readonly concentricS?: number;
  readonly topPauseS?: number;
  readonly bottomPauseS?: number;
  readonly startS?: number;
}): [number, number][] {
  const top = opts.topDeg ?? 170;
  const bottom = opts.bottomDeg ?? 90;
  let t = opts.startS ?? 0;
  const keys: [number, number][] = [[t, top]];
  for (let r = 0; r < opts.count; r++) {
    t += opts.topPauseS ?? 1;
    keys.push([t, top]);
    t += opts.eccentricS ?? 2;
    keys.push([t, bottom]);
    t += opts.bottomPauseS ?? 0;
    if ((opts.bottomPauseS ?? 0) > 0) keys.push([t, bottom]);
    t += opts.concentricS ?? 1;
    keys.push([t, top]);
  }
  keys.push([t + (opts.topPauseS ?? 1), top]);
  return keys;
}

/** Kinematics from a knee series; NaN knee frames are NaN everywhere. */
export function kinematicsFromKnee(tS: Float64Array, kneeDeg: Float64Array): Kinematics {
  const n = tS.length;
  const chord = (deg: number): number => Math.sqrt(2 - 2 * Math.cos((deg * Math.PI) / 180));
  let top = -Infinity;
  for (const v of kneeDeg) if (v > top) top = v;
  const sled = new Float64Array(n);
  const hip = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sled[i] = chord(top) - chord(kneeDeg[i]!);
    hip[i] = 60 + (top - kneeDeg[i]!) * 0.6;
  }
  const zero = (): Float64Array => kneeDeg.map((v) => (Number.isFinite(v) ? 0 : Number.NaN));
  return {
    tS,
    kneeDeg,
    hipFlexionDeg: hip,
    hipDepartureThighs: zero(),
    hipSlideThighs: zero(),
    trunkRotationDeg: zero(),
    heelLiftDeg: undefined,
    headDepartureThighs: zero(),
    sledTravelShanks: sled,
    sledVelocityShanksPerS: derivativePerS(sled, tS),
    legReachShanks: kneeDeg.map((v) => chord(v)),
    reference: {
      padLine: { from: { x: 0, y: 0 }, to: { x: -1, y: -1 } },
      sledAxis: { x: -Math.SQRT1_2, y: Math.SQRT1_2 },
      thighLengthPx: 160,
      shankLengthPx: 160,
      topFrames: [],
      hipAtTop: { x: 0, y: 0 },
      ankleAtTop: { x: 0, y: 0 },
    },
  };
}
