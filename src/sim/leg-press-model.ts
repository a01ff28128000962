/**
 * The 2D sagittal model of a lifter on a leg press, in metres. World frame: X forward (towards the
 * platform), Y up, z lateral (positive = the body side nearest the camera). The hip sits on the seat at the
 * origin, the back lies on the pad, the feet are on the platform, and the sled moves along its axis; the
 * knee follows from two-link inverse kinematics between the hip and the ankle. Faults move points away from
 * that ideal: the pelvis rolls off the pad, the heel rotates off the platform about the ball of the foot,
 * the head rotates forward about the shoulders.
 */
import type { Anthropometry } from './anthropometry.js';
import type { MachineParams } from './types.js';

export interface Vec3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

interface P2 {
  readonly x: number;
  readonly y: number;
}

/** The lifter's configuration at one instant. */
export interface ModelState {
  /** Thigh direction (hip to knee) from the world X axis, counter-clockwise, degrees. */
  readonly thighDeg: number;
  /** Hip departure off the back pad, thigh lengths. */
  readonly tuckThighs: number;
  readonly heelLiftDeg: number;
  readonly headLiftDeg: number;
}

export type CorePoint = 'shoulder' | 'ear' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index';

export interface CorePose {
  readonly points: Readonly<Record<CorePoint, P2>>;
  /** Sled travel from the straight-leg position towards the lifter, metres. */
  readonly sledTravelM: number;
}

/** World positions of the named points (BlazePose names without the side prefix for paired points). */
export interface ModelPose extends CorePose {
  /** Sagittal position of each point; paired points use the same position on both sides. */
  readonly points: Readonly<Record<SagittalPoint, P2>>;
}

export type SagittalPoint =
  | 'nose' | 'eye_inner' | 'eye' | 'eye_outer' | 'ear' | 'mouth' | 'shoulder' | 'elbow' | 'wrist'
  | 'pinky' | 'index' | 'thumb' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index'; // prettier-ignore

/** Lateral offset (m) of each point from the mid-plane; the far side mirrors it. */
export function lateralOffsetM(body: Anthropometry, point: SagittalPoint): number {
  const h = body.heightM;
  switch (point) {
    case 'nose':
      return 0;
    case 'eye_inner':
      return 0.01 * h;
    case 'eye':
      return 0.018 * h;
    case 'eye_outer':
      return 0.026 * h;
    case 'ear':
      return 0.043 * h;
    case 'mouth':
      return 0.014 * h;
    case 'shoulder':
      return body.shoulderHalfWidthM;
    case 'elbow':
      return body.shoulderHalfWidthM + 0.03 * h;
    case 'wrist':
    case 'pinky':
    case 'index':
    case 'thumb':
      return body.shoulderHalfWidthM + 0.02 * h;
    case 'hip':
      return body.hipHalfWidthM;
    case 'knee':
    case 'ankle':
    case 'heel':
    case 'foot_index':
      return body.hipHalfWidthM + 0.02 * h;
  }
}

const DEG = Math.PI / 180;
const dir = (deg: number): P2 => ({ x: Math.cos(deg * DEG), y: Math.sin(deg * DEG) });
const add = (a: P2, b: P2, k = 1): P2 => ({ x: a.x + k * b.x, y: a.y + k * b.y });
const subP = (a: P2, b: P2): P2 => ({ x: a.x - b.x, y: a.y - b.y });
const dotP = (a: P2, b: P2): number => a.x * b.x + a.y * b.y;
/** A face point offset from the ear along the (head-rotated) pad direction and its normal. */
function facePoint(ear: P2, p: P2, n: P2, alongP: number, alongN: number): P2 {
  return { x: ear.x + p.x * alongP + n.x * alongN, y: ear.y + p.y * alongP + n.y * alongN };
}
const rot = (v: P2, deg: number): P2 => {
  const c = Math.cos(deg * DEG);
  const s = Math.sin(deg * DEG);
  return { x: c * v.x - s * v.y, y: s * v.x + c * v.y };
};

/** Mid-platform foot placement: the ankle's path passes this many leg lengths below the hip, across the sled axis. */
const MID_FOOT_OFFSET_LEGS = -0.25;

export interface LegPressModel {
  readonly body: Anthropometry;
  readonly machine: MachineParams;
  /** Unit vector from the hip up along the back pad towards the shoulders. */
  readonly padDir: P2;
  /** Unit normal to the pad, pointing away from it (into the lifter's front). */
  readonly padNormal: P2;
  /** Unit vector of the sled axis pointing away from the lifter (the push direction). */
  readonly sledDir: P2;
  pose(state: ModelState): ModelPose;
  /** The leg, trunk and ear only: enough for the true joint measures, and faster. */
  corePose(state: ModelState): CorePose;
  /** Thigh angle at which the knee has the given interior angle, with the hip on the pad and the heel down. */
  thighDegForKnee(kneeDeg: number): number;
  /** Nominal hip flexion (pad to thigh) for a thigh angle, without pelvic roll. */
  nominalHipFlexionDeg(thighDeg: number): number;
  /**
   * Deepest reachable thigh angle (hip on the pad, heel down): past it the shank would have to stand
   * beyond perpendicular to the sled axis, so the sled cannot travel further.
   */
  readonly maxThighDeg: number;
  thighDegForHipFlexion(hipFlexionDeg: number): number;
}

export function createLegPressModel(body: Anthropometry, machine: MachineParams): LegPressModel {
  const L1 = body.thighM;
  const L2 = body.shankM;
  const leg = L1 + L2;
  const alpha = machine.seatBackDeg;
  const beta = machine.sledDeg;
  const padDir = dir(180 - alpha);
  const padNormal = dir(90 - alpha);
  const u = dir(beta);
  const t = dir(beta + 90);
  const hip0: P2 = { x: 0, y: 0 };
  const shoulder: P2 = add(hip0, padDir, body.trunkM);
  const c = (MID_FOOT_OFFSET_LEGS + machine.footHeightLegs) * leg;
  const lambda0 = Math.sqrt(Math.max(leg * leg - c * c, 0));
  // Ankle with straight legs and the heel down; the ankle path runs through it along the sled axis.
  const ankleStraight = add(add(hip0, t, c), u, lambda0);
  // From the ankle to the ball of the foot (the pivot of a heel lift): up the platform and onto its surface.
  const ankleToToe = add(
    { x: t.x * (body.footM - body.heelToAnkleM), y: t.y * (body.footM - body.heelToAnkleM) },
    u,
    body.ankleHeightM,
  );
  const ankleToHeel = add({ x: -t.x * body.heelToAnkleM, y: -t.y * body.heelToAnkleM }, u, body.ankleHeightM);

  /** Discriminant of the knee-ankle circle meeting the ankle's path; negative = unreachable. */
  const reach = (hip: P2, thighDeg: number, heelLiftDeg: number): { q: P2; b: number; disc: number } => {
    const knee = add(hip, dir(thighDeg), L1);
    const q = add(ankleStraight, subP(ankleToToe, rot(ankleToToe, -heelLiftDeg)));
    const kq = subP(knee, q);
    const b = dotP(u, kq);
    return { q, b, disc: b * b - (dotP(kq, kq) - L2 * L2) };
  };

  const corePose = (state: ModelState): CorePose => {
    const hip = add(hip0, padNormal, state.tuckThighs * L1);
    const knee = add(hip, dir(state.thighDeg), L1);
    // Heel lift rotates the foot about the ball of the foot, clockwise in this frame (heel towards the lifter).
    const toeFromAnkle = ankleToToe;
    const { q, b, disc } = reach(hip, state.thighDeg, state.heelLiftDeg);
    const s = -b - Math.sqrt(Math.max(disc, 0));
    const ankle = add(q, u, -s);
    const toe = add(ankle, toeFromAnkle);
    const heel = add(toe, rot(subP(ankleToHeel, toeFromAnkle), -state.heelLiftDeg));
    const footIndex = add(toe, t, 0.02 * body.heightM);

    const h = body.heightM;
    const p = rot(padDir, -state.headLiftDeg);
    const n = rot(padNormal, -state.headLiftDeg);
    const ear = add(add(shoulder, p, body.neckToEarM), n, 0.01 * h);
    return { sledTravelM: s, points: { hip, knee, ankle, heel, foot_index: footIndex, shoulder, ear } };
  };

  const pose = (state: ModelState): ModelPose => {
    const core = corePose(state);
    const { shoulder, ear } = core.points;
    const h = body.heightM;
    const p = rot(padDir, -state.headLiftDeg);
    const n = rot(padNormal, -state.headLiftDeg);

    // Hands grip the handles beside the seat; the elbow bends down and back (two-link IK).
    const wrist = add(hip0, { x: 0.03 * h, y: 0.03 * h });
    const sw = subP(wrist, shoulder);
    const d = Math.min(Math.hypot(sw.x, sw.y), body.upperArmM + body.forearmM - 1e-6);
    const cosA = (body.upperArmM ** 2 + d * d - body.forearmM ** 2) / (2 * body.upperArmM * d);
    const aDeg = Math.acos(Math.min(1, Math.max(-1, cosA))) / DEG;
    const swDeg = Math.atan2(sw.y, sw.x) / DEG;
    const elbow = add(shoulder, dir(swDeg - aDeg), body.upperArmM);
    const forearm = dir(Math.atan2(wrist.y - elbow.y, wrist.x - elbow.x) / DEG);

    return {
      sledTravelM: core.sledTravelM,
      // One literal with every key (no spread), so the object keeps a fast fixed shape.
      points: {
        shoulder,
        ear,
        hip: core.points.hip,
        knee: core.points.knee,
        ankle: core.points.ankle,
        heel: core.points.heel,
        foot_index: core.points.foot_index,
        nose: facePoint(ear, p, n, 0.02 * h, 0.065 * h),
        eye_inner: facePoint(ear, p, n, 0.036 * h, 0.052 * h),
        eye: facePoint(ear, p, n, 0.036 * h, 0.05 * h),
        eye_outer: facePoint(ear, p, n, 0.034 * h, 0.046 * h),
        mouth: facePoint(ear, p, n, -0.01 * h, 0.058 * h),
        elbow,
        wrist,
        pinky: add(wrist, rot(forearm, -20), 0.5 * body.handM),
        index: add(wrist, rot(forearm, 10), 0.6 * body.handM),
        thumb: add(wrist, rot(forearm, 35), 0.35 * body.handM),
      },
    };
  };

  const thighDegForKnee = (kneeDeg: number): number => {
    const k = kneeDeg * DEG;
    const dist = Math.sqrt(L1 * L1 + L2 * L2 - 2 * L1 * L2 * Math.cos(k));
    const along = Math.sqrt(Math.max(dist * dist - c * c, 0));
    const toAnkle = add(add(hip0, t, c), u, along);
    const psi = Math.atan2(toAnkle.y, toAnkle.x) / DEG;
    const cosH = (L1 * L1 + dist * dist - L2 * L2) / (2 * L1 * dist);
    const atHip = Math.acos(Math.min(1, Math.max(-1, cosH))) / DEG;
    return kneeDeg <= 180 ? psi + atHip : psi - atHip;
  };

  let maxThighDeg = thighDegForKnee(180);
  while (maxThighDeg < 170 && reach(hip0, maxThighDeg + 0.25, 0).disc >= 0) maxThighDeg += 0.25;

  return {
    body,
    machine,
    padDir,
    padNormal,
    sledDir: u,
    pose,
    corePose,
    thighDegForKnee,
    nominalHipFlexionDeg: (thighDeg) => alpha + thighDeg,
    maxThighDeg,
    thighDegForHipFlexion: (hipFlexionDeg) => hipFlexionDeg - alpha,
  };
}
