import { describe, expect, it } from 'vitest';
import { CONDITIONING_DEFAULTS, type ConditioningConfig } from '../config/conditioning-config.js';
import { AnalysisError } from '../core/errors.js';
import { LANDMARK_SETS, type BodySide, type LandmarkSetId, type SideJoint } from '../core/landmarks.js';
import type { KeypointPx, KeypointTrack, PoseFrame } from '../core/track.js';
import { conditionTrack } from './condition-track.js';

const WIDTH = 1280;
const HEIGHT = 720;
const RATE_HZ = 30;

interface Pose {
  readonly near: Partial<Record<SideJoint, { x: number; y: number }>>;
  readonly nose: { x: number; y: number };
}

/**
 * A lifter seen from the side, facing right (knees at larger x than hips), pressing at ~0.25 Hz: the hip stays on
 * the seat, the feet travel with the sled, the knee swings between them. The near (camera-side) leg is `nearSide`.
 */
function poseAt(tS: number): Pose {
  const depth = 0.5 - 0.5 * Math.cos(2 * Math.PI * 0.25 * tS); // 0 at the top, 1 at the bottom
  const hip = { x: 420, y: 480 };
  const ankle = { x: 780 - 180 * depth, y: 330 + 40 * depth };
  // Knee above the hip-ankle line, at thigh = shank = 220 px.
  const mx = (hip.x + ankle.x) / 2;
  const my = (hip.y + ankle.y) / 2;
  const half = Math.hypot(ankle.x - hip.x, ankle.y - hip.y) / 2;
  const rise = Math.sqrt(Math.max(0, 220 * 220 - half * half));
  const ux = (ankle.x - hip.x) / (2 * half);
  const uy = (ankle.y - hip.y) / (2 * half);
  const knee = { x: mx + uy * rise, y: my - ux * rise };
  return {
    near: {
      ear: { x: 250, y: 230 },
      shoulder: { x: 280, y: 300 },
      hip,
      knee,
      ankle,
      heel: { x: ankle.x + 10, y: ankle.y + 30 },
      toe: { x: ankle.x + 30, y: ankle.y - 40 },
    },
    nose: { x: 230, y: 215 },
  };
}

interface TrackOptions {
  readonly frames?: number;
  readonly set?: LandmarkSetId;
  readonly nearSide?: BodySide;
  readonly nearScore?: number;
  readonly farScore?: number;
  /** Far leg offset in px (the far leg sits slightly behind and above in the image). */
  readonly farOffset?: { x: number; y: number };
  readonly tS?: (i: number) => number;
}

function makeTrack(o: TrackOptions = {}): KeypointTrack {
  const set = LANDMARK_SETS[o.set ?? 'blazepose33'];
  const nearSide = o.nearSide ?? 'left';
  const farSide: BodySide = nearSide === 'left' ? 'right' : 'left';
  const off = o.farOffset ?? { x: -40, y: -30 };
  const frames: PoseFrame[] = [];
  for (let i = 0; i < (o.frames ?? 300); i++) {
    const tS = o.tS ? o.tS(i) : i / RATE_HZ;
    const pose = poseAt(tS);
    const keypoints: (KeypointPx | null)[] = set.names.map(() => null);
    // Deterministic sub-pixel jitter, as a real model has.
    const jitter = (k: number) => 0.6 * Math.sin(i * 1.7 + k * 2.3);
    for (const [joint, p] of Object.entries(pose.near) as [SideJoint, { x: number; y: number }][]) {
      const ni = set.sideIndex[nearSide][joint];
      const fi = set.sideIndex[farSide][joint];
      if (ni !== undefined)
        keypoints[ni] = { x: p.x + jitter(ni), y: p.y + jitter(ni + 1), score: o.nearScore ?? 0.9 };
      if (fi !== undefined) {
        keypoints[fi] = {
          x: p.x + off.x + jitter(fi),
          y: p.y + off.y + jitter(fi + 1),
          score: o.farScore ?? 0.6,
        };
      }
    }
    keypoints[set.noseIndex] = { x: pose.nose.x, y: pose.nose.y, score: 0.9 };
    frames.push({ tS, keypoints });
  }
  return { landmarkSet: set.id, imageWidthPx: WIDTH, imageHeightPx: HEIGHT, frames };
}

/** Returns a copy of the track with `edit` applied to copies of the chosen frames' keypoint arrays. */
function editFrames(
  track: KeypointTrack,
  frames: Iterable<number>,
  edit: (kps: (KeypointPx | null)[], i: number) => void,
): KeypointTrack {
  const copy = track.frames.map((f) => ({ tS: f.tS, keypoints: [...f.keypoints] }));
  for (const i of frames) edit(copy[i]!.keypoints, i);
  return { ...track, frames: copy };
}

function mirrorX(track: KeypointTrack): KeypointTrack {
  return {
    ...track,
    frames: track.frames.map((f) => ({
      tS: f.tS,
      keypoints: f.keypoints.map((k) => (k ? { ...k, x: track.imageWidthPx - k.x } : null)),
    })),
  };
}

function errorOf(run: () => unknown): AnalysisError {
  try {
    run();
  } catch (e) {
    if (e instanceof AnalysisError) return e;
    throw e;
  }
  throw new Error('expected an AnalysisError');
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const cfg: ConditioningConfig = CONDITIONING_DEFAULTS;

function maxAbsError(series: Float64Array, truth: (i: number) => number, frames: Iterable<number>): number {
  let err = 0;
  for (const i of frames) err = Math.max(err, Math.abs(series[i]! - truth(i)));
  return err;
}

describe('conditionTrack', () => {
  it('refuses an empty track and a track without a usable person, with an actionable message', () => {
    const empty: KeypointTrack = {
      landmarkSet: 'movenet17',
      imageWidthPx: WIDTH,
      imageHeightPx: HEIGHT,
      frames: [],
    };
    const noFrames = errorOf(() => conditionTrack(empty, cfg, 'offline'));
    expect(noFrames.code).toBe('no_frames');
    expect(noFrames.message).toMatch(/no frames/);
    const noPerson = errorOf(() =>
      conditionTrack(makeTrack({ nearScore: 0.1, farScore: 0.1 }), cfg, 'offline'),
    );
    expect(noPerson.code).toBe('no_person');
    expect(noPerson.message).toMatch(/from the side/);
  });

  it('picks the camera-side leg and follows it closely, for either side', () => {
    for (const nearSide of ['left', 'right'] as const) {
      const out = conditionTrack(makeTrack({ nearSide }), cfg, 'offline');
      expect(out.side).toBe(nearSide);
      expect(out.facing).toBe('right');
      const knee = (i: number) => poseAt(i / RATE_HZ).near.knee!;
      expect(maxAbsError(out.near.knee!.x, (i) => knee(i).x, range(0, 300))).toBeLessThan(2);
      expect(maxAbsError(out.near.knee!.y, (i) => knee(i).y, range(0, 300))).toBeLessThan(2);
      // The far leg is conditioned too and stays the far leg.
      expect(maxAbsError(out.far.knee!.x, (i) => knee(i).x - 40, range(0, 300))).toBeLessThan(2);
      expect(out.stats.frameCount).toBe(300);
      expect(out.stats.validFraction.knee).toBe(1);
      expect(out.stats.meanScore).toBeCloseTo(0.9, 9);
      expect(out.stats.sideScoreMargin).toBeCloseTo(0.9 - 0.6, 9);
    }
  });

  it('works with MoveNet (no heel or toe) and leaves those joints undefined', () => {
    const out = conditionTrack(makeTrack({ set: 'movenet17' }), cfg, 'live');
    expect(out.near.heel).toBeUndefined();
    expect(out.near.toe).toBeUndefined();
    expect(out.stats.validFraction.heel).toBe(0);
    expect(out.near.knee!.x.length).toBe(300);
  });

  it('turns low-score points into missing ones: short runs are interpolated, long ones stay NaN', () => {
    const short = range(100, 105); // 0.2 s
    const long = range(200, 230); // 1 s
    const kneeIndex = LANDMARK_SETS.blazepose33.sideIndex.left.knee!;
    const track = editFrames(makeTrack(), [...short, ...long], (kps) => {
      kps[kneeIndex] = { ...kps[kneeIndex]!, x: 5, y: 5, score: 0.1 };
    });
    const out = conditionTrack(track, cfg, 'offline');
    for (const i of long) {
      expect(Number.isNaN(out.near.knee!.x[i]!)).toBe(true);
      expect(out.near.knee!.score[i]).toBe(0);
    }
    const knee = (i: number) => poseAt(i / RATE_HZ).near.knee!;
    expect(maxAbsError(out.near.knee!.x, (i) => knee(i).x, short)).toBeLessThan(3);
    expect(out.stats.lowConfidenceRejected).toBe(short.length + long.length);
    expect(out.stats.framesInterpolated).toBe(short.length);
    expect(out.stats.validFraction.knee).toBeCloseTo(1 - long.length / 300, 9);
    // Nothing leaks into the gap from smoothing either.
    expect(Number.isFinite(out.near.knee!.x[199]!)).toBe(true);
    expect(Number.isFinite(out.near.knee!.x[230]!)).toBe(true);
  });

  it('repairs injected left/right swaps and counts them', () => {
    const swapped = [50, 51, 52, 140, 220];
    const set = LANDMARK_SETS.blazepose33;
    const track = editFrames(makeTrack(), swapped, (kps) => {
      for (const joint of ['hip', 'knee', 'ankle', 'heel', 'toe'] as const) {
        const l = set.sideIndex.left[joint]!;
        const r = set.sideIndex.right[joint]!;
        [kps[l], kps[r]] = [kps[r]!, kps[l]!];
      }
    });
    const out = conditionTrack(track, cfg, 'offline');
    expect(out.stats.swapsRepaired).toBe(swapped.length);
    expect(conditionTrack(track, { ...cfg, swapCostRatio: 0 }, 'offline').stats.swapsRepaired).toBe(0);
    const knee = (i: number) => poseAt(i / RATE_HZ).near.knee!;
    expect(maxAbsError(out.near.knee!.x, (i) => knee(i).x, range(0, 300))).toBeLessThan(2);
    expect(out.stats.outliersRejected).toBe(0);
  });

  it('rejects a one-frame glitch as an outlier and fills it from its neighbours', () => {
    const kneeIndex = LANDMARK_SETS.blazepose33.sideIndex.left.knee!;
    const track = editFrames(makeTrack(), [77], (kps) => {
      kps[kneeIndex] = { ...kps[kneeIndex]!, y: kps[kneeIndex]!.y + 120 };
    });
    const out = conditionTrack(track, cfg, 'offline');
    expect(out.stats.outliersRejected).toBe(1);
    expect(Math.abs(out.near.knee!.y[77]! - poseAt(77 / RATE_HZ).near.knee!.y)).toBeLessThan(2);
  });

  it('mirrors exactly: a track flipped in x gives the other facing and mirrored series', () => {
    const track = makeTrack();
    const a = conditionTrack(track, cfg, 'offline');
    const b = conditionTrack(mirrorX(track), cfg, 'offline');
    expect(a.facing).toBe('right');
    expect(b.facing).toBe('left');
    expect(b.side).toBe(a.side);
    for (const joint of ['hip', 'knee', 'ankle', 'heel'] as const) {
      expect(maxAbsError(b.near[joint]!.x, (i) => WIDTH - a.near[joint]!.x[i]!, range(0, 300))).toBeLessThan(
        1e-6,
      );
      expect(maxAbsError(b.near[joint]!.y, (i) => a.near[joint]!.y[i]!, range(0, 300))).toBeLessThan(1e-6);
    }
  });

  it('handles a variable frame rate and does not change its input', () => {
    // Frame times wobble between 25 and 35 fps.
    const track = makeTrack({ tS: (i) => i / 30 + 0.004 * Math.sin(i * 0.9) });
    const before = JSON.stringify(track);
    const out = conditionTrack(track, cfg, 'offline');
    expect(JSON.stringify(track)).toBe(before);
    const knee = (i: number) => poseAt(track.frames[i]!.tS).near.knee!;
    expect(maxAbsError(out.near.knee!.x, (i) => knee(i).x, range(0, 300))).toBeLessThan(2.5);
    expect(out.tS[10]).toBe(track.frames[10]!.tS);
  });

  it('rejects settings out of range with the setting named', () => {
    expect(() => conditionTrack(makeTrack(), { ...cfg, minScore: 2 }, 'offline')).toThrow(
      /conditioning\.minScore/,
    );
  });

  it('conditions an hour of 30 fps video (108,000 frames)', () => {
    // 240 distinct poses reused: building 10^5 distinct frames would only test the test's memory.
    const base = makeTrack({ frames: 240 }); // two whole reps, so the loop is seamless
    const n = 108_000;
    const frames: PoseFrame[] = Array.from({ length: n }, (_, i) => ({
      tS: i / RATE_HZ,
      keypoints: base.frames[i % 240]!.keypoints,
    }));
    const out = conditionTrack({ ...base, frames }, cfg, 'offline');
    expect(out.near.knee!.x.length).toBe(n);
    expect(out.stats.frameCount).toBe(n);
    expect(out.stats.validFraction.knee).toBe(1);
  });
});
