import type { RepsConfig } from '../config/reps-config.js';
import { quantileFinite } from '../kinematics/series-stats.js';
import type { Kinematics } from '../kinematics/types.js';
import { measureRep } from './measure-rep.js';
import { maxFinite } from './phase-edges.js';
import { turningPoints, type TurningPoint } from './turning-points.js';
import type { IgnoredMovement, Rep, RepSegmentation } from './types.js';

const fmt = (v: number): string => v.toFixed(0);

/** Change of the hip-ankle distance (shank lengths) when the knee bends from `topDeg` to `bottomDeg`, hip fixed. */
function kneeImpliedTravelShanks(topDeg: number, bottomDeg: number, thighPerShank: number): number {
  const r = thighPerShank;
  const reach = (deg: number): number => Math.sqrt(r * r + 1 - 2 * r * Math.cos((deg * Math.PI) / 180));
  return reach(topDeg) - reach(bottomDeg);
}

/**
 * Splits the set into reps with a hysteresis state machine on the knee angle. A rep is a descent from near the
 * set's top that reaches a bottom and comes back near the top; turning points in between that do not get back
 * near the top (a pause with a wobble, a half push and re-descent) stay inside the rep, and the deepest one is
 * its bottom. Movements before the first start from the top (setup, a clip that begins at the bottom), after the
 * last return (re-racking, a final descent without return) and too small, too short or too long ones are listed
 * as ignored, with why. Sled travel cross-checks that the sled really moved. O(n).
 */
export function segmentReps(k: Kinematics, config: RepsConfig): RepSegmentation {
  const knee = k.kneeDeg;
  const t = k.tS;
  const reps: Rep[] = [];
  const ignored: IgnoredMovement[] = [];
  const top = quantileFinite(knee, config.topQuantile);
  if (!Number.isFinite(top)) return { reps, ignored };

  const points = turningPoints(knee, config.hysteresisDeg);
  const ratio = k.reference.thighLengthPx / k.reference.shankLengthPx;
  const thighPerShank = Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
  const isTop = (p: TurningPoint): boolean => p.kind === 'peak' && p.value >= top - config.nearTopDeg;
  const ignore = (fromFrame: number, toFrame: number, reason: string): void => {
    ignored.push({ startS: t[fromFrame]!, endS: t[toFrame]!, reason });
  };

  let startIdx = -1;
  for (let j = 0; j < points.length; j++) {
    const q = points[j]!;
    if (!isTop(q)) continue;
    if (startIdx < 0) {
      if (j > 0) {
        ignore(
          points[0]!.frame,
          q.frame,
          'movement before the first descent from the top (setup, or the clip began mid-rep)',
        );
      }
      startIdx = j;
      continue;
    }
    const p = points[startIdx]!;
    // Peaks and valleys alternate, so at least one valley lies between two tops; the deepest is the bottom.
    let bottom = points[j - 1]!;
    for (let m = startIdx + 1; m < j; m++) if (points[m]!.value < bottom.value) bottom = points[m]!;
    // A rep goes down and comes back up by the full minimum range (a re-rack or wobble at the end does not).
    const rangeDeg = Math.min(p.value, q.value) - bottom.value;
    // A too-small movement whose return peak is clearly below where it started was a wobble on the way down,
    // not a return to the top: keep the earlier start so the rep it belongs to is still counted.
    if (rangeDeg < config.minRangeDeg && q.value < p.value - config.hysteresisDeg) continue;
    startIdx = j;
    if (rangeDeg < config.minRangeDeg) {
      ignore(
        p.frame,
        q.frame,
        `partial movement: knee bent only ${fmt(rangeDeg)} deg (a rep needs ${fmt(config.minRangeDeg)})`,
      );
      continue;
    }
    const sledMoved = maxFinite(k.sledTravelShanks, p.frame, q.frame) - k.sledTravelShanks[p.frame]!;
    const expected = kneeImpliedTravelShanks(Math.min(p.value, q.value), bottom.value, thighPerShank);
    if (sledMoved < Math.max(config.minSledTravelShanks, config.minSledToKneeRatio * expected)) {
      ignore(
        p.frame,
        q.frame,
        'the knee angle changed but the sled hardly moved (tracking artefact or shifting in the seat)',
      );
      continue;
    }
    const rep = measureRep(
      k,
      { topBeforeFrame: p.frame, bottomFrame: bottom.frame, topAfterFrame: q.frame },
      reps.length + 1,
      config,
    );
    const durationS = rep.endS - rep.startS;
    if (durationS < config.minRepDurationS || durationS > config.maxRepDurationS) {
      ignore(
        p.frame,
        q.frame,
        `movement took ${durationS.toFixed(1)} s, outside a rep's ${config.minRepDurationS}-${config.maxRepDurationS} s`,
      );
      continue;
    }
    reps.push(rep);
  }

  const last = points.length - 1;
  if (startIdx < 0 && last >= 0) {
    ignore(points[0]!.frame, points[last]!.frame, 'no movement started from the top of the range');
  } else if (startIdx >= 0 && startIdx < last) {
    ignore(
      points[startIdx]!.frame,
      points[last]!.frame,
      'descent without a return to the top (clip ended, or re-racking)',
    );
  }
  return { reps, ignored };
}
