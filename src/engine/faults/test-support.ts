/**
 * Builders for fault-detector tests: a synthetic leg press set with known kinematics, reps whose timing is
 * known exactly, per-joint scores, and views. Pure; used only by tests.
 */
import type { SideJoint } from '../core/landmarks.js';
import { ENGINE_DEFAULTS, type EngineConfig } from '../config/engine-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import type { SafeDepth } from '../depth/types.js';
import type { Kinematics } from '../kinematics/types.js';
import type { Rep } from '../reps/types.js';
import type { ViewAssessment } from '../view/types.js';
import type { FaultContext } from './types.js';

export const FPS = 30;

export interface RepPlan {
  readonly topS?: number;
  readonly eccentricS?: number;
  readonly dwellS?: number;
  readonly concentricS?: number;
  readonly kneeTopDeg?: number;
  readonly kneeMinDeg?: number;
  readonly hipFlexionTopDeg?: number;
  readonly hipFlexionMaxDeg?: number;
  /** 'smooth' brakes into the bottom (cosine); 'linear' arrives and leaves at full speed (a bounce). */
  readonly ease?: 'smooth' | 'linear';
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Kinematics whose arrays the test may overwrite. */
export type TestKinematics = Mutable<Kinematics> & { heelLiftDeg: Float64Array | undefined };

export interface TestSet {
  readonly kinematics: TestKinematics;
  readonly reps: Rep[];
  readonly frameCount: number;
}

const DEFAULT_PLAN: Required<RepPlan> = {
  topS: 0.5,
  eccentricS: 2,
  dwellS: 0.3,
  concentricS: 1.2,
  kneeTopDeg: 170,
  kneeMinDeg: 90,
  hipFlexionTopDeg: 50,
  hipFlexionMaxDeg: 95,
  ease: 'smooth',
};

function frames(s: number): number {
  return Math.max(1, Math.round(s * FPS));
}

/**
 * A set of reps, each: a pause at the top, a descent, a dwell at the bottom, a push; then a final pause.
 * Depth p in [0, 1] drives knee angle, hip flexion and sled travel together; velocity is its derivative.
 */
export function buildSet(plans: readonly RepPlan[], tailS = 1): TestSet {
  const depth: number[] = [];
  const shape: Required<RepPlan>[] = [];
  const marks: { start: number; bottom: number; end: number; plan: Required<RepPlan> }[] = [];
  const push = (d: number, plan: Required<RepPlan>): void => {
    depth.push(d);
    shape.push(plan);
  };
  for (const partial of plans) {
    const plan = { ...DEFAULT_PLAN, ...partial };
    for (let i = 0; i < frames(plan.topS); i++) push(0, plan);
    const start = depth.length - 1;
    const ecc = frames(plan.eccentricS);
    for (let i = 1; i <= ecc; i++) {
      const u = i / ecc;
      depth.push(plan.ease === 'linear' ? u : (1 - Math.cos(Math.PI * u)) / 2);
      shape.push(plan);
    }
    const dwell = frames(plan.dwellS);
    const bottom = depth.length - 1 + Math.floor(dwell / 2);
    for (let i = 0; i < dwell; i++) push(1, plan);
    const con = frames(plan.concentricS);
    for (let i = 1; i <= con; i++) {
      // A bounce rebounds: it leaves the bottom at full speed too.
      depth.push(plan.ease === 'linear' ? 1 - i / con : (1 + Math.cos(Math.PI * (i / con))) / 2);
      shape.push(plan);
    }
    marks.push({ start, bottom, end: depth.length - 1, plan });
  }
  const last = shape[shape.length - 1] ?? DEFAULT_PLAN;
  for (let i = 0; i < frames(tailS); i++) push(0, last);

  const n = depth.length;
  const tS = Float64Array.from({ length: n }, (_, i) => i / FPS);
  const p = (i: number): number => depth[i] as number;
  const s = (i: number): Required<RepPlan> => shape[i] as Required<RepPlan>;
  const kneeDeg = Float64Array.from(
    { length: n },
    (_, i) => s(i).kneeTopDeg - p(i) * (s(i).kneeTopDeg - s(i).kneeMinDeg),
  );
  const hipFlexionDeg = Float64Array.from(
    { length: n },
    (_, i) => s(i).hipFlexionTopDeg + p(i) * (s(i).hipFlexionMaxDeg - s(i).hipFlexionTopDeg),
  );
  const sledTravelShanks = Float64Array.from({ length: n }, (_, i) => p(i));
  const sledVelocityShanksPerS = Float64Array.from({ length: n }, (_, i) => {
    const a = Math.max(0, i - 1);
    const b = Math.min(n - 1, i + 1);
    return b > a ? ((p(b) - p(a)) * FPS) / (b - a) : 0;
  });
  const zeros = (): Float64Array => new Float64Array(n);
  const topFrames = depth.flatMap((d, i) => (d === 0 ? [i] : []));

  const reps: Rep[] = marks.map((m, k) => ({
    index: k + 1,
    startFrame: m.start,
    bottomFrame: m.bottom,
    endFrame: m.end,
    startS: m.start / FPS,
    bottomS: m.bottom / FPS,
    endS: m.end / FPS,
    eccentricS: (m.bottom - m.start) / FPS,
    concentricS: (m.end - m.bottom) / FPS,
    bottomDwellS: m.plan.dwellS,
    kneeMinDeg: m.plan.kneeMinDeg,
    kneeTopDeg: m.plan.kneeTopDeg,
    hipFlexionMaxDeg: m.plan.hipFlexionMaxDeg,
    sledTravelMaxShanks: 1,
    concentricPeakVelocityShanksPerS: (Math.PI / 2) * (1 / m.plan.concentricS),
    concentricMeanVelocityShanksPerS: 1 / m.plan.concentricS,
  }));

  return {
    frameCount: n,
    reps,
    kinematics: {
      tS,
      kneeDeg,
      hipFlexionDeg,
      hipDepartureThighs: zeros(),
      hipSlideThighs: zeros(),
      trunkRotationDeg: zeros(),
      heelLiftDeg: zeros(),
      headDepartureThighs: zeros(),
      sledTravelShanks,
      sledVelocityShanksPerS,
      reference: {
        padLine: { from: { x: 300, y: 400 }, to: { x: 200, y: 200 } },
        sledAxis: { x: -1, y: 0 },
        thighLengthPx: 200,
        shankLengthPx: 200,
        topFrames,
        hipAtTop: { x: 300, y: 400 },
        ankleAtTop: { x: 700, y: 300 },
      },
    },
  };
}

/** Frames of a rep in a phase: the whole rep, or the bottom dwell. */
export function repFrames(rep: Rep, part: 'rep' | 'bottom' = 'rep', set?: TestSet): number[] {
  const out: number[] = [];
  if (part === 'rep') {
    for (let f = rep.startFrame; f <= rep.endFrame; f++) out.push(f);
    return out;
  }
  const knee = set?.kinematics.kneeDeg;
  for (let f = rep.startFrame; f <= rep.endFrame; f++) if (knee && knee[f] === rep.kneeMinDeg) out.push(f);
  return out;
}

/** Write `value` into `series` at the given frames. */
export function setAt(
  series: Float64Array,
  at: readonly number[],
  value: number | ((f: number) => number),
): void {
  for (const f of at) series[f] = typeof value === 'number' ? value : value(f);
}

export interface TrackOptions {
  readonly landmarkSet?: 'movenet17' | 'blazepose33';
  readonly score?: number;
}

/** A point series with fixed positions (front-view legs are set by `frontLegs`). */
function pointSeries(n: number, x: number, y: number, score: number): PointSeries {
  return {
    x: new Float64Array(n).fill(x),
    y: new Float64Array(n).fill(y),
    score: new Float64Array(n).fill(score),
  };
}

export type TestTrack = ConditionedTrack & {
  near: Record<SideJoint, PointSeries | undefined>;
  far: Record<SideJoint, PointSeries | undefined>;
};

/**
 * A conditioned track with every joint at `score`, legs standing straight side by side as seen from the
 * front (near hip x=150, far hip x=50; knees and ankles below them), so front-view FPPA is 0.
 */
export function buildTrack(set: TestSet, options: TrackOptions = {}): TestTrack {
  const n = set.frameCount;
  const score = options.score ?? 0.9;
  const heels = (options.landmarkSet ?? 'blazepose33') === 'blazepose33';
  const side = (hipX: number): Record<SideJoint, PointSeries | undefined> => ({
    ear: pointSeries(n, hipX, -300, score),
    shoulder: pointSeries(n, hipX, -200, score),
    hip: pointSeries(n, hipX, 0, score),
    knee: pointSeries(n, hipX, 100, score),
    ankle: pointSeries(n, hipX, 200, score),
    heel: heels ? pointSeries(n, hipX, 210, score) : undefined,
    toe: heels ? pointSeries(n, hipX + 10, 215, score) : undefined,
  });
  return {
    tS: set.kinematics.tS,
    landmarkSet: options.landmarkSet ?? 'blazepose33',
    imageWidthPx: 1280,
    imageHeightPx: 720,
    side: 'left',
    facing: 'right',
    near: side(150),
    far: side(50),
    nose: pointSeries(n, 100, -320, score),
    stats: {
      frameCount: n,
      validFraction: {
        ear: 1,
        shoulder: 1,
        hip: 1,
        knee: 1,
        ankle: 1,
        heel: heels ? 1 : 0,
        toe: heels ? 1 : 0,
      },
      lowConfidenceRejected: 0,
      outliersRejected: 0,
      framesInterpolated: 0,
      swapsRepaired: 0,
      meanScore: score,
    },
  };
}

/** Set one joint's score (near side unless told) at the given frames. */
export function setScore(
  track: TestTrack,
  joint: SideJoint,
  at: readonly number[],
  score: number,
  which: 'near' | 'far' = 'near',
): void {
  const series = track[which][joint];
  if (series) setAt(series.score, at, score);
}

/** Move both knees towards the midline by `px` at the given frames (front view: valgus). */
export function kneesInward(track: TestTrack, at: readonly number[], px: number): void {
  const near = track.near.knee as PointSeries;
  const far = track.far.knee as PointSeries;
  setAt(near.x, at, (f) => (near.x[f] as number) - px);
  setAt(far.x, at, (f) => (far.x[f] as number) + px);
}

export function view(kind: ViewAssessment['view'], yawDeg?: number): ViewAssessment {
  const yaw = yawDeg ?? (kind === 'side' ? 5 : kind === 'oblique' ? 35 : kind === 'front' ? 85 : Number.NaN);
  return {
    view: kind,
    yawDeg: yaw,
    quality: 'good',
    meanConfidence: 0.9,
    bodyInFrame: true,
    feetInFrame: true,
    issues: [],
  };
}

export const DEFAULT_DEPTH: SafeDepth = { hipFlexionDeg: 100, source: 'default' };

export interface ContextOptions {
  readonly track?: TestTrack;
  readonly view?: ViewAssessment;
  readonly safeDepth?: SafeDepth;
  readonly config?: EngineConfig;
  readonly reps?: readonly Rep[];
}

export function buildContext(set: TestSet, options: ContextOptions = {}): FaultContext {
  return {
    track: options.track ?? buildTrack(set),
    kinematics: set.kinematics,
    reps: options.reps ?? set.reps,
    view: options.view ?? view('side'),
    safeDepth: options.safeDepth ?? DEFAULT_DEPTH,
    config: options.config ?? ENGINE_DEFAULTS,
  };
}
