import type { SideJoint } from '../core/landmarks.js';
import type { ViewConfig } from '../config/view-config.js';
import type { ConditionedTrack } from '../conditioning/types.js';
import type { Kinematics } from '../kinematics/types.js';
import { estimateCameraYaw } from './camera-yaw.js';
import { cutOffFraction } from './framing.js';
import { kneeBendConsistency, kneeBendFlips } from './knee-bend.js';
import type { CameraView, ViewAssessment, ViewIssue, ViewQuality } from './types.js';
import { VIEW_MESSAGES } from './view-messages.js';

const BODY: readonly SideJoint[] = ['shoulder', 'hip', 'knee'];
const FEET: readonly SideJoint[] = ['ankle', 'heel', 'toe'];
const LEG_AND_TRUNK: readonly SideJoint[] = ['shoulder', 'hip', 'knee', 'ankle'];

/** Issues that make form judgements unreliable rather than merely less precise. */
const POOR: ReadonlySet<ViewIssue['code']> = new Set(['no_person', 'body_cut_off', 'low_confidence']);

function issue(code: ViewIssue['code']): ViewIssue {
  return { code, message: VIEW_MESSAGES[code] };
}

/**
 * Whether the clip is filmed well enough to judge leg press form from the side: camera view and yaw, body and
 * feet in frame, model confidence, joints visible, person large enough. A camera behind or in front of the
 * lifter shows in the yaw cues (camera-yaw.ts) or, where the model draws the two sides on top of each other
 * and those miss it, in a knee that bends both ways (knee-bend.ts: a leg seen near edge-on, or the legs mixed
 * up); either makes the view oblique. Each problem comes with one sentence telling the lifter how to film
 * instead. Pure; O(frames).
 */
export function assessView(
  track: ConditionedTrack,
  kinematics: Kinematics,
  config: ViewConfig,
): ViewAssessment {
  const meanConfidence = track.stats.meanScore;
  const { yawDeg, depthYawDeg } = estimateCameraYaw(track, config);
  if (!Number.isFinite(yawDeg)) {
    return {
      view: 'unknown',
      yawDeg: Number.NaN,
      quality: 'poor',
      meanConfidence,
      bodyInFrame: false,
      feetInFrame: false,
      issues: [issue('no_person')],
    };
  }

  const bend = kneeBendConsistency(kinematics.kneeDeg, config);
  const kneeFlips = kneeBendFlips(bend, config);
  const byYaw: CameraView =
    yawDeg <= config.maxSideYawDeg ? 'side' : yawDeg <= config.maxObliqueYawDeg ? 'oblique' : 'front';
  const view: CameraView = byYaw === 'side' && kneeFlips ? 'oblique' : byYaw;
  const cutOff = (joints: readonly SideJoint[]): boolean =>
    joints.some((j) => cutOffFraction(track.near[j], track, config) > config.maxCutOffFraction);
  const bodyInFrame = !cutOff(BODY);
  const feetInFrame = !cutOff(FEET);
  const missing = LEG_AND_TRUNK.some((j) => track.stats.validFraction[j] < config.minJointValidFraction);
  const thighFraction = kinematics.reference.thighLengthPx / track.imageHeightPx;

  const issues: ViewIssue[] = [];
  if (view !== 'side') issues.push(issue('not_side_on'));
  if (kneeFlips) issues.push(issue('knee_bend_flips'));
  if (!bodyInFrame) issues.push(issue('body_cut_off'));
  if (!feetInFrame) issues.push(issue('feet_cut_off'));
  if (meanConfidence < config.minMeanConfidence) issues.push(issue('low_confidence'));
  if (missing) issues.push(issue('joints_missing'));
  if (thighFraction < config.minThighFractionOfImage) issues.push(issue('too_small'));

  // Front/rear views cannot show the back against the pad at all; oblique ones can, less precisely.
  const quality: ViewQuality =
    view === 'front' || issues.some((i) => POOR.has(i.code)) ? 'poor' : issues.length > 0 ? 'fair' : 'good';
  return {
    view,
    yawDeg,
    ...(Number.isFinite(depthYawDeg) && { depthYawDeg }),
    ...(Number.isFinite(bend.flipFraction) && { kneeBendFlipFraction: bend.flipFraction }),
    quality,
    meanConfidence,
    bodyInFrame,
    feetInFrame,
    issues,
  };
}
