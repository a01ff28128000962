/**
 * True joint measures of a model pose, with the engine's definitions (src/engine/kinematics/types.ts):
 * knee = interior hip-knee-ankle angle (> 180 when hyperextended), hip flexion = 180 - angle(shoulder,
 * hip, knee), hip and head departure = distance off the top-of-rep pad line in thigh lengths, heel lift =
 * heel-toe rotation from its flat orientation.
 */
import { angleAtDeg, cross, sub } from '../engine/index.js';
import type { CorePose, LegPressModel } from './leg-press-model.js';

export interface TrueMeasures {
  readonly kneeDeg: number;
  readonly hipFlexionDeg: number;
  readonly hipDepartureThighs: number;
  readonly heelLiftDeg: number;
  readonly headDepartureThighs: number;
  readonly sledTravelShanks: number;
}

export function measureTruth(model: LegPressModel, pose: CorePose, heelLiftDeg: number): TrueMeasures {
  const { hip, knee, ankle, shoulder, ear } = pose.points;
  const L1 = model.body.thighM;
  const inner = angleAtDeg(hip, knee, ankle);
  // World frame is y-up: the knee bends upwards, to the left of the hip->ankle direction (positive cross).
  const flexedSide = cross(sub(ankle, hip), sub(knee, hip)) >= 0;
  const n = model.padNormal;
  // The pad line passes through the hip's resting position (the world origin).
  return {
    kneeDeg: flexedSide ? inner : 360 - inner,
    hipFlexionDeg: 180 - angleAtDeg(shoulder, hip, knee),
    hipDepartureThighs: (hip.x * n.x + hip.y * n.y) / L1,
    heelLiftDeg,
    headDepartureThighs: (ear.x * n.x + ear.y * n.y) / L1,
    sledTravelShanks: pose.sledTravelM / model.body.shankM,
  };
}
