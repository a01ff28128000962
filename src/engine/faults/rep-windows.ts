import { lastFrameAtOrBefore } from '../core/series/frame-at-time.js';
import type { Rep } from '../reps/types.js';
import type { FaultContext } from './types.js';

/** An inclusive range of track frames. */
export interface FrameRange {
  readonly from: number;
  readonly to: number;
}

export function rangeFrames(range: FrameRange): number[] {
  const out: number[] = [];
  for (let f = range.from; f <= range.to; f++) out.push(f);
  return out;
}

function clampFrame(ctx: FaultContext, f: number): number {
  return Math.min(ctx.kinematics.tS.length - 1, Math.max(0, f));
}

/** The whole rep, start to end. */
export function wholeRep(ctx: FaultContext, rep: Rep): FrameRange {
  return { from: clampFrame(ctx, rep.startFrame), to: clampFrame(ctx, rep.endFrame) };
}

/**
 * Frames "near the bottom": the stretch around the bottom frame in which the knee has bent at least
 * `nearBottomRangeFraction` of the rep's range. Frames with no knee angle do not end the stretch (their
 * joints are judged unusable later), so a short gap cannot hide the bottom.
 */
export function nearBottom(ctx: FaultContext, rep: Rep): FrameRange {
  const knee = ctx.kinematics.kneeDeg;
  const whole = wholeRep(ctx, rep);
  const bottom = Math.min(whole.to, Math.max(whole.from, rep.bottomFrame));
  const range = rep.kneeTopDeg - rep.kneeMinDeg;
  if (!(range > 0)) return { from: bottom, to: bottom };
  const cutoff = rep.kneeTopDeg - ctx.config.faults.nearBottomRangeFraction * range;
  const inside = (f: number): boolean => {
    const k = knee[f] as number;
    return Number.isNaN(k) || k <= cutoff;
  };
  let from = bottom;
  while (from - 1 >= whole.from && inside(from - 1)) from--;
  let to = bottom;
  while (to + 1 <= whole.to && inside(to + 1)) to++;
  return { from, to };
}

/**
 * The top after a rep, where knees get locked: from halfway up its push to halfway down the next rep's
 * descent; after the last rep, up to `lastRepTopWindowS` past its end (then the sled is re-racked).
 */
export function topAfter(ctx: FaultContext, repPosition: number): FrameRange {
  const rep = ctx.reps[repPosition] as Rep;
  const next = ctx.reps[repPosition + 1];
  const from = clampFrame(ctx, Math.round((rep.bottomFrame + rep.endFrame) / 2));
  const to =
    next !== undefined
      ? Math.round((next.startFrame + next.bottomFrame) / 2)
      : Math.max(
          0,
          lastFrameAtOrBefore(ctx.kinematics.tS, rep.endS + ctx.config.faults.kneeLockout.lastRepTopWindowS),
        );
  return { from, to: Math.max(from, clampFrame(ctx, to)) };
}
