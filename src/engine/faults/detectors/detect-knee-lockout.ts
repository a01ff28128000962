import { fixFor } from '../fault-fixes.js';
import type { Rep } from '../../reps/types.js';
import { findingConfidence, marginFactor } from '../confidence.js';
import { jointScoreAt, meanJointScore } from '../joint-scores.js';
import { rangeFrames, topAfter } from '../rep-windows.js';
import { cleanOrUnseen, detectPerRep, jointsUnseenReason, type RepCheck } from '../per-rep.js';
import { framesPast, heldPeak } from '../sustained.js';
import type { FaultContext, FaultDetector } from '../types.js';
import { sideViewProblem } from '../view-gates.js';

const CHECKS = 'whether your knees lock at the top';
const LEG = { near: ['hip', 'knee', 'ankle'] } as const;
const TOO_NOISY = `The keypoints are too noisy to tell a soft knee from a locked one, so I could not check ${CHECKS}.`;

/**
 * The keypoint-noise band of the knee angle (coverage x one standard deviation, degrees) as a share of the gap
 * between a soft knee and the warn angle: 0 = noiseless, >= 1 = noise alone could carry a soft knee past warn.
 */
function noiseShareOfGap(ctx: FaultContext): number {
  const cfg = ctx.config.faults.kneeLockout;
  const sd = ctx.kinematics.kneeAngleUncertaintyDeg;
  if (sd === undefined || !Number.isFinite(sd)) return 0;
  return (cfg.uncertaintyCoverageSd * sd) / cfg.softKneeGapDeg;
}

/** The lowest knee reading this track's pose model gives a real straight knee, or the warn angle when not known. */
export function straightReadsFromDeg(ctx: FaultContext): number {
  const cfg = ctx.config.faults.kneeLockout;
  const byModel = cfg.realStraightReadsFromDeg as Readonly<Record<string, number | undefined>>;
  const from = ctx.poseModel !== undefined ? byModel[ctx.poseModel] : undefined;
  return from !== undefined && from < cfg.warnKneeDeg ? from : cfg.warnKneeDeg;
}

function ambiguousReason(ctx: FaultContext, fromDeg: number): string {
  const model = ctx.poseModel ?? 'this pose model';
  return (
    `${model} reads a real straight knee as little as ${fromDeg.toFixed(0)} deg, and your knees stayed between ` +
    `that and ${ctx.config.faults.kneeLockout.warnKneeDeg.toFixed(0)} deg at the top, where a soft knee and a ` +
    `locked one look the same to it; so I could not check ${CHECKS}. Keep a clear bend you can see in the mirror.`
  );
}

/**
 * Check the top after one rep: the longest stretch with the knee at or past the warn angle. A top held in the
 * band where the model's reading of a real straight knee and of a soft one overlap is 'ambiguous', not clean.
 */
function checkTop(ctx: FaultContext, position: number): RepCheck | 'ambiguous' {
  const { faults } = ctx.config;
  const cfg = faults.kneeLockout;
  const rep = ctx.reps[position] as Rep;
  const { kneeDeg, tS } = ctx.kinematics;
  const frames = rangeFrames(topAfter(ctx, position));
  const values = new Float64Array(frames.length);
  let covered = 0;
  frames.forEach((f, i) => {
    const usable =
      Number.isFinite(kneeDeg[f]) && jointScoreAt(ctx.track, LEG, f) >= faults.minJointConfidence;
    values[i] = usable ? (kneeDeg[f] as number) : Number.NaN;
    if (usable) covered++;
  });

  // Longest hold at or past the warn angle, in seconds, between the (interpolated) crossings of the warn angle:
  // from first to last frame past it would lose up to a frame interval, 0.07 s at 15 fps against 0.02 s at
  // 60 fps, so a lower frame rate would need a longer hold. Unusable frames end a hold (and give no crossing).
  const timeOf = (i: number): number => tS[frames[i] as number] as number;
  const crossing = (inside: number, outside: number): number => {
    const vi = values[inside] as number;
    const vo = values[outside] as number;
    if (!Number.isFinite(vo) || !(vi > vo)) return timeOf(inside);
    return timeOf(inside) + ((vi - cfg.warnKneeDeg) / (vi - vo)) * (timeOf(outside) - timeOf(inside));
  };
  const heldOf = (run: { from: number; to: number }): number =>
    (run.to + 1 < values.length ? crossing(run.to, run.to + 1) : timeOf(run.to)) -
    (run.from > 0 ? crossing(run.from, run.from - 1) : timeOf(run.from));
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < values.length; i++) {
    if (!((values[i] as number) >= cfg.warnKneeDeg)) continue;
    let j = i;
    while (j + 1 < values.length && (values[j + 1] as number) >= cfg.warnKneeDeg) j++;
    const run = { from: i, to: j };
    if (best === null || heldOf(run) > heldOf(best)) best = run;
    i = j;
  }
  const heldS = best === null ? 0 : heldOf(best);
  if (best !== null && heldS >= cfg.minHoldS) {
    const runValues = values.subarray(best.from, best.to + 1);
    const runFrames = frames.slice(best.from, best.to + 1);
    // Severity from the level held for the same run length as every sustained fault (frames and `minSustainS`),
    // not a 3-frame peak: at 60 fps three frames last 0.05 s, short enough for keypoint noise to make an alert.
    const peak =
      heldPeak(runValues, (i) => timeOf(best.from + i), faults.minConsecutiveFrames, faults.minSustainS)
        ?.value ?? cfg.warnKneeDeg;
    const severity = peak > cfg.alertKneeDeg ? 'alert' : 'warn';
    const shown = framesPast(runFrames, runValues, cfg.warnKneeDeg, true);
    // A finding is less sure the more of the soft-knee gap keypoint noise could cover (halved at the limit).
    const margin =
      marginFactor(peak - cfg.warnKneeDeg, cfg.alertKneeDeg - cfg.warnKneeDeg) *
      (1 - 0.5 * noiseShareOfGap(ctx));
    return {
      id: 'knee_lockout',
      repIndex: rep.index,
      severity,
      confidence: findingConfidence(meanJointScore(ctx.track, LEG, shown), margin),
      frames: shown,
      measure: {
        name: 'kneeDeg',
        value: peak,
        unit: 'deg',
        threshold: severity === 'alert' ? cfg.alertKneeDeg : cfg.warnKneeDeg,
      },
      ...fixFor('knee_lockout'),
    };
  }
  const seen = cleanOrUnseen(ctx, covered, frames.length);
  const fromDeg = straightReadsFromDeg(ctx);
  if (seen === 'clean' && fromDeg < cfg.warnKneeDeg) {
    const level = heldPeak(values, timeOf, faults.minConsecutiveFrames, faults.minSustainS)?.value;
    if (level !== undefined && level >= fromDeg) return 'ambiguous';
  }
  return seen;
}

/** Knees locked straight (or bent backwards) and held at the top between reps. */
export const kneeLockoutDetector: FaultDetector = {
  id: 'knee_lockout',
  scope: 'rep',
  detect(ctx) {
    const problem = sideViewProblem(ctx, CHECKS);
    if (problem !== null) return { assessable: false, ...problem };
    // A fixed keypoint offset shifts the knee angle for the whole set, so noise this large cannot be averaged out.
    if (noiseShareOfGap(ctx) >= 1) {
      return { assessable: false, reason: TOO_NOISY, code: 'keypoints_too_noisy' };
    }
    let ambiguous = 0;
    let unseen = 0;
    const result = detectPerRep(
      ctx,
      CHECKS,
      jointsUnseenReason(LEG, 'at the top', CHECKS),
      (_rep, position) => {
        const check = checkTop(ctx, position);
        if (check === 'unseen') unseen++;
        if (check !== 'ambiguous') return check;
        ambiguous++;
        return 'unseen';
      },
    );
    // Every top was hidden or in the model's blind band, and some were in the band: say that, not "hidden".
    if (!result.assessable && ambiguous > 0 && ambiguous + unseen === ctx.reps.length) {
      const fromDeg = straightReadsFromDeg(ctx);
      return {
        assessable: false,
        reason: ambiguousReason(ctx, fromDeg),
        code: 'knee_top_ambiguous',
        params: {
          ...(ctx.poseModel !== undefined && { model: ctx.poseModel }),
          straightReadsFromDeg: fromDeg,
          warnKneeDeg: ctx.config.faults.kneeLockout.warnKneeDeg,
        },
      };
    }
    return result;
  },
};
