import type { KinematicsConfig } from '../config/kinematics-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';
import { boneOffsetPx, shiftedSeries } from './bone-offset.js';
import { headDepartureThighs } from './head-departure.js';
import { heelLiftDeg } from './heel-lift.js';
import { heelAngleUncertaintyDeg } from './heel-uncertainty.js';
import { footToShankRatio } from './foot-to-shank.js';
import { hipDeparture } from './hip-departure.js';
import { hipFlexionDeg } from './hip-flexion.js';
import { hipPositionUncertaintyThighs } from './hip-uncertainty.js';
import { kneeAngleDeg } from './knee-angle.js';
import { kneeAngleUncertaintyDeg } from './knee-uncertainty.js';
import { padFrame } from './pad-frame.js';
import { machineReference } from './reference.js';
import { nanSeries } from './series-stats.js';
import { derivativePerS } from './sled-velocity.js';
import { sledTravelShanks } from './sled-travel.js';
import { legReachShanks } from './leg-reach.js';
import { toeDriftDeg } from './toe-drift.js';
import { trunkRotationDeg } from './trunk-rotation.js';
import type { Kinematics } from './types.js';

function orMissing(p: PointSeries | undefined, n: number): PointSeries {
  return p ?? { x: nanSeries(n), y: nanSeries(n), score: new Float64Array(n) };
}

/**
 * Per-frame kinematics of the near-side leg and trunk against the machine reference taken from the tops of the
 * reps. Pure, O(frames) apart from the medians; a missing joint gives NaN in that frame, never a guess.
 */
export function computeKinematics(track: ConditionedTrack, config: KinematicsConfig): Kinematics {
  const n = track.tS.length;
  const shoulder = orMissing(track.near.shoulder, n);
  const hip = orMissing(track.near.hip, n);
  const knee = orMissing(track.near.knee, n);
  const ankle = orMissing(track.near.ankle, n);

  // A constant keypoint offset along the thigh or shank tilts that bone for the whole set (a true 181.5 deg
  // lockout read 175-179 deg on simulated sets); each bone's offset is found from its length changing with its
  // direction and taken off before the knee angle is measured (when `boneOffsetCorrection` is on). Positions (pad
  // line, travel) keep the raw points.
  const offsetOptions = {
    priorSdBones: config.boneOffsetPriorSdBones,
    lengthNoiseSdBones: config.boneLengthNoiseSdBones,
    minTurnDeg: config.boneOffsetMinTurnDeg,
  };
  const thighOffset = config.boneOffsetCorrection ? boneOffsetPx(hip, knee, offsetOptions) : null;
  const shankOffset = config.boneOffsetCorrection ? boneOffsetPx(knee, ankle, offsetOptions) : null;
  const hipForKnee = thighOffset ? shiftedSeries(hip, thighOffset.x, thighOffset.y) : hip;
  const ankleForKnee = shankOffset ? shiftedSeries(ankle, -shankOffset.x, -shankOffset.y) : ankle;
  const kneeDeg = kneeAngleDeg(hipForKnee, knee, ankleForKnee, track.facing);
  // Hip flexion keeps the raw thigh: the same correction there lowered its error (4.3 -> 3.8 deg) but uncovered
  // the shoulder's perspective error in one simulated set, whose too-deep reps then read under the limit.
  const hipFlex = hipFlexionDeg(shoulder, hip, knee, track.facing);
  const reference = machineReference({ shoulder, hip, knee, ankle }, kneeDeg, track.facing, config);
  const pad = padFrame(reference.padLine, reference.padFrontNormal);
  const { departureThighs, slideThighs } = hipDeparture(hip, pad, reference.thighLengthPx);
  const sledTravel = sledTravelShanks(
    ankle,
    reference.ankleAtTop,
    reference.sledAxis,
    reference.shankLengthPx,
  );
  const { heel, toe, ear } = track.near;

  return {
    tS: track.tS,
    kneeDeg,
    hipFlexionDeg: hipFlex,
    hipDepartureThighs: departureThighs,
    hipSlideThighs: slideThighs,
    trunkRotationDeg: trunkRotationDeg(shoulder, hip, pad),
    heelLiftDeg:
      heel !== undefined && toe !== undefined
        ? heelLiftDeg(heel, toe, reference.topFrames, reference.sledAxis)
        : undefined,
    headDepartureThighs: headDepartureThighs(
      ear,
      track.nose,
      reference.topFrames,
      pad,
      reference.thighLengthPx,
    ),
    sledTravelShanks: sledTravel,
    sledVelocityShanksPerS: derivativePerS(sledTravel, track.tS),
    legReachShanks: legReachShanks(hip, ankle, reference.shankLengthPx),
    reference,
    kneeAngleUncertaintyDeg: kneeAngleUncertaintyDeg(hip, knee, ankle),
    hipPositionUncertaintyThighs: hipPositionUncertaintyThighs(hip, knee),
    ...(heel !== undefined &&
      toe !== undefined && {
        heelAngleUncertaintyDeg: heelAngleUncertaintyDeg(heel, toe),
        footToShankRatio: footToShankRatio(heel, toe, knee, ankle),
        toeDriftDeg: toeDriftDeg(heel, toe, reference.topFrames, reference.sledAxis, config.toeDriftQuantile),
      }),
  };
}
