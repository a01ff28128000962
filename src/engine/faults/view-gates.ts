import type { FaultContext } from './types.js';

/**
 * Why a side-view fault cannot be judged from this camera view, or null when the view is side-on enough.
 * Angles and distances in the image plane are only valid for motion in that plane (evidence.md §2).
 */
export function sideViewProblem(ctx: FaultContext, checks: string): string | null {
  const { view } = ctx;
  if (view.view === 'front') {
    return `The camera faces you, so ${checks} cannot be judged; film from the side, level with your hips.`;
  }
  if (view.view === 'unknown' && !Number.isFinite(view.yawDeg)) {
    return `The camera view could not be recognised, so ${checks} cannot be judged; film from the side, level with your hips.`;
  }
  if (!(view.yawDeg <= ctx.config.view.maxSideYawDeg)) {
    const yaw = Number.isFinite(view.yawDeg) ? `about ${Math.round(view.yawDeg)} degrees` : 'too far';
    return `The camera is ${yaw} off side-on, so ${checks} cannot be judged; film from straight side-on.`;
  }
  return null;
}

/** Why a front-view fault (knees caving in) cannot be judged, or null when the view shows the knees' width. */
export function frontViewProblem(ctx: FaultContext): string | null {
  const { view } = ctx;
  if (view.view === 'front' || view.view === 'oblique') return null;
  if (view.view === 'side') return 'A side view cannot show knees caving in; film from the front to check';
  return 'The camera view could not be recognised, so knees caving in cannot be judged; film from the front to check';
}
