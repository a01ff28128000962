import type { FaultContext } from './types.js';

/**
 * Why a side-view fault cannot be judged from this camera view, or null when the view is side-on enough.
 * Angles and distances in the image plane are only valid for motion in that plane (evidence.md §2). A fault
 * may also ask a 3D-aware model's depth to show a view closer to side-on (`maxDepthYawDeg`).
 */
export function sideViewProblem(ctx: FaultContext, checks: string, maxDepthYawDeg?: number): string | null {
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
  const depthYawDeg = view.depthYawDeg;
  if (maxDepthYawDeg !== undefined && depthYawDeg !== undefined && depthYawDeg > maxDepthYawDeg) {
    return (
      `The camera is about ${Math.round(depthYawDeg)} degrees off side-on, too far to tell ${checks} ` +
      'from where the pose model puts your hip; film from straight side-on.'
    );
  }
  return null;
}

const LEG = ['hip', 'knee', 'ankle'] as const;

/** The far-side leg joint seen least (present and scored at least `minScore`), with its share of frames. */
function leastSeenFarJoint(ctx: FaultContext, minScore: number): { joint: string; fraction: number } {
  let worst = { joint: 'hip', fraction: 1 };
  const n = ctx.track.tS.length;
  for (const joint of LEG) {
    const p = ctx.track.far[joint];
    let seen = 0;
    if (p !== undefined)
      for (let i = 0; i < n; i++) if (Number.isFinite(p.x[i]!) && p.score[i]! >= minScore) seen++;
    const fraction = n === 0 ? 0 : seen / n;
    if (fraction < worst.fraction) worst = { joint, fraction };
  }
  return worst;
}

/**
 * Why a front-view fault (knees caving in) cannot be judged, or null when the view shows the knees' width:
 * the camera must face the lifter and both legs must be seen, the far one with confident keypoints rather than
 * the model's guesses at a hidden leg. Not from an oblique camera: the frontal-plane projection angle is
 * measured with a frontal camera (evidence.md §4), and from the side of front a bent knee's forward offset
 * (~0.7 thigh at 90 deg) projects sideways by sin(yaw off front), reading as caving in (on the projected true
 * joints of rendered sets filmed 30 deg off side-on: FPPA 90-100 deg on every rep, 6 false calls).
 */
export function frontViewProblem(ctx: FaultContext): string | null {
  const { view } = ctx;
  if (view.view === 'side') return 'A side view cannot show knees caving in; film from the front to check';
  if (view.view === 'oblique') {
    return 'From an oblique camera a bent knee looks like it caves in, so this cannot be judged; film from the front to check';
  }
  if (view.view !== 'front') {
    return 'The camera view could not be recognised, so knees caving in cannot be judged; film from the front to check';
  }
  const far = leastSeenFarJoint(ctx, ctx.config.faults.minJointConfidence);
  if (far.fraction < ctx.config.view.minJointValidFraction) {
    return (
      `Your far-side ${far.joint} is clearly seen in only ${Math.round(100 * far.fraction)}% of frames, so knees ` +
      'caving in cannot be judged; film from the front with both legs in view'
    );
  }
  return null;
}
