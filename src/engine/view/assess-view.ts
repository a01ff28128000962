import type { SideJoint } from '../core/landmarks.js';
import type { ViewConfig } from '../config/view-config.js';
import type { ConditionedTrack } from '../conditioning/types.js';
import type { Kinematics } from '../kinematics/types.js';
import { estimateCameraYaw } from './camera-yaw.js';
import { cutOffFraction } from './framing.js';
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
 * feet in frame, model confidence, joints visible, person large enough. Each problem comes with one sentence
 * telling the lifter how to film instead. Pure; O(frames).
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

  const view: CameraView =
    yawDeg <= config.maxSideYawDeg ? 'side' : yawDeg <= config.maxObliqueYawDeg ? 'oblique' : 'front';
  const cutOff = (joints: readonly SideJoint[]): boolean =>
    joints.some((j) => cutOffFraction(track.near[j], track, config) > config.maxCutOffFraction);
  const bodyInFrame = !cutOff(BODY);
  const feetInFrame = !cutOff(FEET);
  const missing = LEG_AND_TRUNK.some((j) => track.stats.validFraction[j] < config.minJointValidFraction);
  const thighFraction = kinematics.reference.thighLengthPx / track.imageHeightPx;

  const issues: ViewIssue[] = [];
  if (view !== 'side') issues.push(issue('not_side_on'));
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
    quality,
    meanConfidence,
    bodyInFrame,
    feetInFrame,
    issues,
  };
}
