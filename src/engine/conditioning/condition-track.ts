import type { ConditioningConfig } from '../config/conditioning-config.js';
import { AnalysisError } from '../core/errors.js';
import { LANDMARK_SETS, SIDE_JOINTS, type BodySide, type SideJoint } from '../core/landmarks.js';
import type { KeypointTrack } from '../core/track.js';
import { checkConditioningConfig } from './check-config.js';
import { chooseSide } from './choose-side.js';
import { gateByScore, zeroMissingScores } from './confidence-gate.js';
import { decideFacing } from './facing.js';
import { fillGaps } from './gap-fill.js';
import { hampelRejectPoints } from './hampel.js';
import { repairSwaps, type SidePair } from './repair-swaps.js';
import { medianSegmentLengthPx } from './segment-length.js';
import { createSmoother, type SmoothingMode } from './smoother.js';
import type { ConditionedTrack, ConditioningStats, PointSeries } from './types.js';

type SidePoints = Record<SideJoint, PointSeries | undefined>;

/** Joints whose mean score is reported as the near side's detection quality (leg and trunk). */
const SCORED_JOINTS: readonly SideJoint[] = ['shoulder', 'hip', 'knee', 'ankle'];

function newPoint(n: number): PointSeries {
  return {
    x: new Float64Array(n).fill(Number.NaN),
    y: new Float64Array(n).fill(Number.NaN),
    score: new Float64Array(n),
  };
}

/** Copies the needed keypoints of every frame into typed arrays (NaN, score 0 where not detected), in one pass. */
function extractPoints(track: KeypointTrack, indices: readonly number[]): PointSeries[] {
  const n = track.frames.length;
  const points = indices.map(() => newPoint(n));
  const m = indices.length;
  const idx = Int32Array.from(indices);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const ss = points.map((p) => p.score);
  const frames = track.frames;
  for (let f = 0; f < n; f++) {
    const keypoints = frames[f]!.keypoints;
    for (let k = 0; k < m; k++) {
      const kp = keypoints[idx[k]!];
      if (kp == null) continue;
      xs[k]![f] = kp.x;
      ys[k]![f] = kp.y;
      const s = kp.score;
      ss[k]![f] = s > 0 ? s : 0; // also maps a NaN score to 0
    }
  }
  return points;
}

function definedPoints(side: SidePoints): PointSeries[] {
  return SIDE_JOINTS.map((j) => side[j]).filter((p): p is PointSeries => p !== undefined);
}

/** Detected points (score > 0) that the confidence gate turned into missing ones. */
function countGated(points: readonly PointSeries[]): number {
  let count = 0;
  for (const p of points)
    for (let i = 0; i < p.x.length; i++) if (Number.isNaN(p.x[i]!) && p.score[i]! > 0) count++;
  return count;
}

/** Mean score of the detected (score > 0) leg and trunk points, before gating. */
function meanDetectedScore(side: SidePoints): number {
  let sum = 0;
  let count = 0;
  for (const joint of SCORED_JOINTS) {
    const p = side[joint];
    if (!p) continue;
    for (let i = 0; i < p.score.length; i++) {
      const s = p.score[i]!;
      if (s > 0) {
        sum += s;
        count++;
      }
    }
  }
  return count > 0 ? sum / count : 0;
}

function countFramesWithLeg(side: SidePoints): number {
  const { hip, knee, ankle } = side;
  if (!hip || !knee || !ankle) return 0;
  let count = 0;
  for (let i = 0; i < hip.x.length; i++) {
    if (Number.isFinite(hip.x[i]!) && Number.isFinite(knee.x[i]!) && Number.isFinite(ankle.x[i]!)) count++;
  }
  return count;
}

function validFraction(p: PointSeries | undefined, n: number): number {
  if (!p) return 0;
  let valid = 0;
  for (let i = 0; i < n; i++) if (Number.isFinite(p.x[i]!)) valid++;
  return valid / n;
}

/**
 * Conditions a raw keypoint track for analysis: confidence gate -> left/right swap repair -> near-side choice ->
 * Hampel outlier rejection -> short-gap fill -> smoothing ('offline' zero-phase Butterworth, 'live' causal
 * One-Euro). Missing data stays NaN: gaps longer than `maxGapS` are never bridged. O(frames); does not change
 * `track`. Even in 'live' mode the Hampel window looks `hampelHalfWindow` frames ahead and gap filling needs the
 * frame after a gap, so a live caller sees final values for a frame that much later.
 *
 * @throws AnalysisError 'no_frames' for an empty track, 'no_person' when no frame shows a usable hip, knee and
 *   ankle, 'bad_config' for settings out of range.
 */
export function conditionTrack(
  track: KeypointTrack,
  config: ConditioningConfig,
  smoothing: SmoothingMode,
): ConditionedTrack {
  checkConditioningConfig(config);
  const n = track.frames.length;
  if (n === 0) {
    throw new AnalysisError(
      'no_frames',
      'The keypoint track has no frames. Load a video (or track) that shows at least one full leg press rep.',
    );
  }
  const set = LANDMARK_SETS[track.landmarkSet];
  if (set === undefined) {
    throw new AnalysisError(
      'bad_config',
      `Unknown landmark set ${JSON.stringify(track.landmarkSet)}; expected one of ${Object.keys(LANDMARK_SETS).join(', ')}.`,
    );
  }
  const tS = new Float64Array(n);
  for (let i = 0; i < n; i++) tS[i] = track.frames[i]!.tS;

  // 1. Extract every point the analysis uses, both sides plus the nose.
  const sides: BodySide[] = ['left', 'right'];
  const slots: { side: BodySide | 'nose'; joint: SideJoint | 'nose'; index: number }[] = [];
  for (const side of sides) {
    for (const joint of SIDE_JOINTS) {
      const index = set.sideIndex[side][joint];
      if (index !== undefined) slots.push({ side, joint, index });
    }
  }
  slots.push({ side: 'nose', joint: 'nose', index: set.noseIndex });
  const extracted = extractPoints(
    track,
    slots.map((s) => s.index),
  );
  const bySide: Record<BodySide, SidePoints> = {
    left: {
      ear: undefined,
      shoulder: undefined,
      hip: undefined,
      knee: undefined,
      ankle: undefined,
      heel: undefined,
      toe: undefined,
    },
    right: {
      ear: undefined,
      shoulder: undefined,
      hip: undefined,
      knee: undefined,
      ankle: undefined,
      heel: undefined,
      toe: undefined,
    },
  };
  let nose = extracted[extracted.length - 1]!;
  slots.forEach((slot, k) => {
    if (slot.side === 'nose') nose = extracted[k]!;
    else bySide[slot.side][slot.joint as SideJoint] = extracted[k];
  });
  const all = extracted;

  // 2. Confidence gate: doubtful points become missing (their score is kept until the stats are taken).
  for (const p of all) gateByScore(p, config.minScore);

  // 3. Left/right swap repair, with the body's own scale deciding what counts as a real jump.
  const thighPx = Math.max(
    ...sides
      .map((s) => {
        const { hip, knee } = bySide[s];
        return hip && knee ? medianSegmentLengthPx(hip, knee) : Number.NaN;
      })
      .filter(Number.isFinite),
    0,
  );
  const pairs: SidePair[] = [];
  for (const joint of SIDE_JOINTS) {
    const left = bySide.left[joint];
    const right = bySide.right[joint];
    if (left && right) pairs.push({ left, right });
  }
  const swapsRepaired =
    thighPx > 0
      ? repairSwaps(pairs, { costRatio: config.swapCostRatio, minGainPx: config.swapMinGainThighs * thighPx })
      : 0;

  // 4. The camera-side leg, once for the whole set.
  const legOf = (s: BodySide) => {
    const { hip, knee, ankle } = bySide[s];
    if (!hip || !knee || !ankle) throw new Error(`landmark set ${set.id} lacks a ${s} hip, knee or ankle`);
    return { hip, knee, ankle };
  };
  const choice = chooseSide({ left: legOf('left'), right: legOf('right') }, config.sideTieScoreMargin);
  const near = bySide[choice.side];
  const far = bySide[choice.side === 'left' ? 'right' : 'left'];
  const legFrames = countFramesWithLeg(near);
  if (legFrames === 0) {
    throw new AnalysisError(
      'no_person',
      `No person was found: in none of the ${n} frames were a hip, knee and ankle detected with confidence >= ${config.minScore}. ` +
        'Film from the side with the whole body (head to feet) in view and good light.',
    );
  }
  const nearPoints = definedPoints(near);
  const lowConfidenceRejected = countGated(nearPoints);
  const meanScore = meanDetectedScore(near);
  for (const p of all) zeroMissingScores(p);

  // 5. Outliers, 6. short gaps, 7. smoothing: every point the same way.
  const scratch = new Uint8Array(n);
  const hampel = {
    halfWindow: config.hampelHalfWindow,
    sigmas: config.hampelSigmas,
    minDeviation: config.hampelMinDeviationPx,
  };
  const nearSet = new Set(nearPoints);
  let outliersRejected = 0;
  for (const p of all) {
    const rejected = hampelRejectPoints(p, hampel, scratch);
    if (nearSet.has(p)) outliersRejected += rejected;
  }
  const filledFrames = new Uint8Array(n);
  for (const p of all)
    fillGaps(p, tS, config.maxGapS, config.gapFillMethod, nearSet.has(p) ? filledFrames : undefined);
  let framesInterpolated = 0;
  for (let i = 0; i < n; i++) framesInterpolated += filledFrames[i]!;
  const smoother = createSmoother(smoothing, config, tS);
  for (const p of all) {
    smoother.apply(p.x, tS, p.x);
    smoother.apply(p.y, tS, p.y);
  }

  const { hip, knee } = near;
  const facing = hip && knee ? decideFacing(hip, knee).facing : 'right';
  const stats: ConditioningStats = {
    frameCount: n,
    validFraction: {
      ear: validFraction(near.ear, n),
      shoulder: validFraction(near.shoulder, n),
      hip: validFraction(near.hip, n),
      knee: validFraction(near.knee, n),
      ankle: validFraction(near.ankle, n),
      heel: validFraction(near.heel, n),
      toe: validFraction(near.toe, n),
    },
    lowConfidenceRejected,
    outliersRejected,
    framesInterpolated,
    swapsRepaired,
    meanScore,
    sideScoreMargin: choice.scoreMargin,
  };
  return {
    tS,
    landmarkSet: set.id,
    imageWidthPx: track.imageWidthPx,
    imageHeightPx: track.imageHeightPx,
    side: choice.side,
    facing,
    near,
    far,
    nose,
    stats,
  };
}
