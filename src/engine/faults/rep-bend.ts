import type { Rep } from '../reps/types.js';

/**
 * How far the knee bent in a rep, degrees: top plateau level minus bottom plateau level (medians), so one
 * extreme sample's keypoint noise does not set it; the extreme samples when a plateau level is missing.
 */
export function repBendDeg(rep: Rep): number {
  const top = rep.kneeTopLevelDeg;
  const bottom = rep.kneeBottomLevelDeg;
  if (top !== undefined && bottom !== undefined && Number.isFinite(top) && Number.isFinite(bottom)) {
    return top - bottom;
  }
  return rep.kneeTopDeg - rep.kneeMinDeg;
}

/** The knee angle at the bottom of a rep, degrees: the bottom plateau level, else the deepest sample. */
export function repBottomKneeDeg(rep: Rep): number {
  const level = rep.kneeBottomLevelDeg;
  return level !== undefined && Number.isFinite(level) ? level : rep.kneeMinDeg;
}
