import type { SideJoint } from '../core/landmarks.js';
import type { ConditionedTrack } from '../conditioning/types.js';

/** The body points a check needs: near-side joints and, for front-view checks, far-side joints too. */
export interface JointSet {
  readonly near: readonly SideJoint[];
  readonly far?: readonly SideJoint[];
  /** The head, seen by the ear or, where the ear is missing, the nose (as kinematics measures it). */
  readonly head?: boolean;
}

function seriesScore(
  track: ConditionedTrack,
  which: 'near' | 'far',
  joint: SideJoint,
  frame: number,
): number {
  const s = track[which][joint]?.score[frame];
  // A landmark set without the joint (MoveNet heels) or a gap scores 0: never usable.
  return s !== undefined && Number.isFinite(s) ? s : 0;
}

/** Lowest model score among the needed joints at one frame (the chain is as reliable as its weakest joint). */
export function jointScoreAt(track: ConditionedTrack, joints: JointSet, frame: number): number {
  let min = 1;
  for (const j of joints.near) min = Math.min(min, seriesScore(track, 'near', j, frame));
  for (const j of joints.far ?? []) min = Math.min(min, seriesScore(track, 'far', j, frame));
  if (joints.head === true) {
    const nose = track.nose.score[frame];
    const noseScore = nose !== undefined && Number.isFinite(nose) ? nose : 0;
    min = Math.min(min, Math.max(seriesScore(track, 'near', 'ear', frame), noseScore));
  }
  return min;
}

/** Mean of `jointScoreAt` over frames; 0 for no frames. */
export function meanJointScore(track: ConditionedTrack, joints: JointSet, frames: readonly number[]): number {
  if (frames.length === 0) return 0;
  let sum = 0;
  for (const f of frames) sum += jointScoreAt(track, joints, f);
  return sum / frames.length;
}

/** "hip, knee and ankle" for user-facing reasons. */
export function describeJoints(joints: JointSet): string {
  const names = [
    ...new Set([...(joints.head === true ? ['head'] : []), ...joints.near, ...(joints.far ?? [])]),
  ];
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
