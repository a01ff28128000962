import type { ConditioningConfig } from '../config/conditioning-config.js';
import { AnalysisError } from '../core/errors.js';
import { LANDMARK_SETS, SIDE_JOINTS, type BodySide } from '../core/landmarks.js';
import { frameCountOf, type AnyTrack } from '../core/columnar-track.js';
import { checkConditioningConfig } from './check-config.js';
import { chooseSide, type LegSeries } from './choose-side.js';
import { zeroMissingScores } from './confidence-gate.js';
import { extractTrackPoints, type SidePoints } from './extract-points.js';
import { decideFacing } from './facing.js';
import { fillGaps } from './gap-fill.js';
import { rejectImplausibleBones } from './bone-length-gate.js';
import { hampelRejectPoints } from './hampel.js';
import { rejectJumps } from './jump-gate.js';
import { repairSwaps, type SidePair } from './repair-swaps.js';
import { medianSegmentLengthPx } from './segment-length.js';
import { createSmoother, type SmoothingMode } from './smoother.js';
import { countFramesWithLeg, countGated, meanDetectedScore, validFraction } from './track-stats.js';
import type { ConditionedTrack, PointSeries } from './types.js';

function definedPoints(side: SidePoints): PointSeries[] {
  return SIDE_JOINTS.map((j) => side[j]).filter((p): p is PointSeries => p !== undefined);
}

function legOf(side: SidePoints): LegSeries {
  const { hip, knee, ankle } = side;
  // Every supported landmark set has both hips, knees and ankles.
  if (!hip || !knee || !ankle) throw new Error('landmark set lacks a hip, knee or ankle');
  return { hip, knee, ankle };
}

/** The body's own scale: the longer median thigh of the two sides (pixels); 0 when no thigh is ever seen. */
function thighScalePx(sides: Readonly<Record<BodySide, SidePoints>>): number {
  const thighs = (['left', 'right'] as const).map((s) => {
    const { hip, knee } = sides[s];
    return hip && knee ? medianSegmentLengthPx(hip, knee) : Number.NaN;
  });
  return Math.max(0, ...thighs.filter(Number.isFinite));
}

/** Swaps back left/right label swaps, judging jumps against the body's own scale. */
function repairLabelSwaps(
  sides: Readonly<Record<BodySide, SidePoints>>,
  thighPx: number,
  config: ConditioningConfig,
): number {
  if (!(thighPx > 0)) return 0; // no thigh ever seen: nothing to judge against (and no person, see below)
  const pairs: SidePair[] = [];
  for (const joint of SIDE_JOINTS) {
    const left = sides.left[joint];
    const right = sides.right[joint];
    if (left && right) pairs.push({ left, right });
  }
  return repairSwaps(pairs, {
    costRatio: config.swapCostRatio,
    minGainPx: config.swapMinGainThighs * thighPx,
  });
}

/**
 * Conditions a raw keypoint track for analysis: confidence gate -> left/right swap repair -> near-side choice ->
 * bone-length and one-frame-jump plausibility -> Hampel outlier rejection -> short-gap fill -> smoothing ('offline' zero-phase Butterworth, 'live' causal
 * One-Euro). Missing data stays NaN: gaps longer than `maxGapS` are never bridged. O(frames); does not change
 * `track`. Even in 'live' mode the Hampel window looks `hampelHalfWindow` frames ahead and gap filling needs the
 * frame after a gap, so a live caller sees final values for a frame that much later.
 *
 * @throws AnalysisError 'no_frames' for an empty track, 'no_person' when no frame shows a usable hip, knee and
 *   ankle, 'bad_config' for settings out of range.
 */
export function conditionTrack(
  track: AnyTrack,
  config: ConditioningConfig,
  smoothing: SmoothingMode,
): ConditionedTrack {
  checkConditioningConfig(config);
  const n = frameCountOf(track);
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
  // Gated while extracted (scores kept until the stats are taken); repair swaps before deciding which leg is near.
  const { tS, sides, nose, all } = extractTrackPoints(track, set, config.minScore);
  const thighPx = thighScalePx(sides);
  const swapsRepaired = repairLabelSwaps(sides, thighPx, config);
  const choice = chooseSide(
    { left: legOf(sides.left), right: legOf(sides.right) },
    config.sideTieScoreMargin,
  );
  const near = sides[choice.side];
  const far = sides[choice.side === 'left' ? 'right' : 'left'];
  if (countFramesWithLeg(near) === 0) {
    throw new AnalysisError(
      'no_person',
      `No person was found: in none of the ${n} frames were a hip, knee and ankle detected with confidence >= ${config.minScore}. ` +
        'Film from the side with the whole body (head to feet) in view and good light.',
    );
  }
  const nearPoints = new Set(definedPoints(near));
  const lowConfidenceRejected = countGated([...nearPoints]);
  const meanScore = meanDetectedScore(near);
  for (const p of all) zeroMissingScores(p);

  // Outliers, short gaps, smoothing: every point the same way; the stats count the near side.
  const hampel = {
    halfWindow: config.hampelHalfWindow,
    sigmas: config.hampelSigmas,
    // Jitter is never an outlier: at 15-20 fps one sample is a whole turning point (a bounce, a lockout), and
    // rejecting it (then filling the gap from its neighbours) would cut the extreme off.
    minDeviation: Math.max(config.hampelMinDeviationPx, config.hampelMinDeviationThighs * thighPx),
  };
  const scratch = new Uint8Array(n);
  let outliersRejected = 0;
  // Grossly misplaced leg points first, so they do not widen the Hampel windows around them. Offline only:
  // live mode reads the newest sample, which neither gate can judge with hindsight, and a bone-length test
  // against a few seconds' median would drop the very frames a live cue needs (the deepest ones).
  if (smoothing === 'offline') {
    outliersRejected += rejectImplausibleBones(legOf(near), config.boneLengthToleranceFraction);
    rejectImplausibleBones(legOf(far), config.boneLengthToleranceFraction);
    const maxDeviationPx = config.maxPathDeviationThighs * thighPx;
    for (const p of all) {
      const rejected = rejectJumps(p, tS, maxDeviationPx);
      if (nearPoints.has(p)) outliersRejected += rejected;
    }
  }
  for (const p of all) {
    const rejected = hampelRejectPoints(p, hampel, scratch);
    if (nearPoints.has(p)) outliersRejected += rejected;
  }
  const filledFrames = new Uint8Array(n);
  for (const p of all) {
    fillGaps(p, tS, config.maxGapS, config.gapFillMethod, nearPoints.has(p) ? filledFrames : undefined);
  }
  let framesInterpolated = 0;
  for (let i = 0; i < n; i++) framesInterpolated += filledFrames[i]!;
  const smoother = createSmoother(smoothing, config, tS);
  for (const p of all) {
    smoother.apply(p.x, tS, p.x);
    smoother.apply(p.y, tS, p.y);
  }

  const { hip, knee, ankle } = legOf(near);
  return {
    tS,
    landmarkSet: set.id,
    imageWidthPx: track.imageWidthPx,
    imageHeightPx: track.imageHeightPx,
    side: choice.side,
    facing: decideFacing(hip, knee, ankle).facing,
    near,
    far,
    nose,
    stats: {
      frameCount: n,
      validFraction: {
        ear: validFraction(near.ear),
        shoulder: validFraction(near.shoulder),
        hip: validFraction(near.hip),
        knee: validFraction(near.knee),
        ankle: validFraction(near.ankle),
        heel: validFraction(near.heel),
        toe: validFraction(near.toe),
      },
      lowConfidenceRejected,
      outliersRejected,
      framesInterpolated,
      swapsRepaired,
      meanScore,
      sideScoreMargin: choice.scoreMargin,
    },
  };
}
