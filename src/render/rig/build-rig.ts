/**
 * Turns a simulated set (the simulator's sagittal model and timeline, the same parameters and labels the
 * engine tests use) into per-frame 3D joints for the rendered figure. The sagittal model gives the joint
 * centres; each paired joint is placed at its lateral offset on both sides; the pelvis really rotates
 * backwards as the hips leave the pad (so the lumbar segment between it and the fixed thorax flexes); knee
 * valgus swings the knee inwards about the hip-ankle line.
 */
import { anthropometry, type Anthropometry } from '../../sim/anthropometry.js';
import {
  createLegPressModel,
  lateralOffsetM,
  type ModelPose,
  type SagittalPoint,
} from '../../sim/leg-press-model.js';
import { buildTimeline } from '../../sim/motion.js';
import type { SetTruth } from '../../sim/types.js';
import type { RenderParams, RigFrame, RigPoint, SceneSpec, V3 } from '../types.js';
import { add3, dot3, rotateAbout, scale3, sub3, unit3, v3 } from './vec.js';

const DEG = Math.PI / 180;

/** Pelvis length (hip joint to the lumbosacral joint) as a fraction of height: sets how far it rolls per cm of lift. */
const PELVIS_ROLL_LEVER_H = 0.1;
/** Torso depth behind the joint centres (where the back touches the pad), fraction of height. */
const BACK_DEPTH_H = 0.06;
/** Head ellipsoid (fractions of height): centre from the ear, and half-axes; the page draws the same. */
export const HEAD = {
  centreUp: 0.015,
  centreForward: 0.01,
  up: 0.066,
  forward: 0.052,
  lateral: 0.044,
} as const;
/** Platform face height across the sled axis, metres (half of it each side of the feet). */
const PLATFORM_HALF_M = 0.36;

type Side = 'left' | 'right';

function at(pose: ModelPose, point: SagittalPoint, side: Side | null, body: Anthropometry): V3 {
  const p = pose.points[point];
  const lateral = side === null ? 0 : lateralOffsetM(body, point);
  return v3(p.x, p.y, side === 'left' ? -lateral : lateral);
}

/** Depth progress of the rep (0-based) the time falls in (0 at the top, 1 at the bottom), from the truth. */
function depthProgress(truth: SetTruth, k: number): { rep: number; q: number } {
  const t = truth.series.tS[k]!;
  const knee = truth.series.kneeDeg[k]!;
  for (const rep of truth.reps) {
    if (t >= rep.startS && t <= rep.endS) {
      const span = rep.kneeTopDeg - rep.kneeMinDeg;
      return {
        rep: rep.index - 1,
        q: span > 0 ? Math.min(1, Math.max(0, (rep.kneeTopDeg - knee) / span)) : 0,
      };
    }
  }
  return { rep: -1, q: 0 };
}

export function buildRigFrames(params: RenderParams, truth: SetTruth): SceneSpec {
  const body = anthropometry(params.set.body);
  const model = createLegPressModel(body, params.set.machine);
  const timeline = buildTimeline(model, params.set);
  const h = body.heightM;
  const pad = v3(model.padDir.x, model.padDir.y, 0);
  const padN = v3(model.padNormal.x, model.padNormal.y, 0);
  const u = v3(model.sledDir.x, model.sledDir.y, 0);
  const across = v3(-u.y, u.x, 0);

  const frames: RigFrame[] = [];
  const tS = truth.series.tS;
  for (let k = 0; k < tS.length; k++) {
    const state = timeline.stateAt(tS[k]!);
    const pose = model.pose(state);
    const pts = {} as Record<RigPoint, V3>;
    for (const side of ['left', 'right'] as const) {
      for (const point of [
        'shoulder',
        'elbow',
        'wrist',
        'hip',
        'knee',
        'ankle',
        'heel',
        'foot_index',
      ] as const) {
        pts[`${side}_${point}`] = at(pose, point, side, body);
      }
    }

    // Knee valgus: the knee swings medially about the hip-ankle line, keeping both segment lengths.
    const { rep, q } = depthProgress(truth, k);
    const valgusDeg = rep >= 0 ? (params.kneeValgusDeg?.[rep] ?? 0) * q * q * (3 - 2 * q) : 0;
    if (valgusDeg !== 0) {
      for (const side of ['left', 'right'] as const) {
        const hip = pts[`${side}_hip`];
        const axis = unit3(sub3(pts[`${side}_ankle`], hip));
        const rel = sub3(pts[`${side}_knee`], hip);
        const a = add3(hip, rotateAbout(rel, axis, valgusDeg * DEG));
        const b = add3(hip, rotateAbout(rel, axis, -valgusDeg * DEG));
        pts[`${side}_knee`] = Math.abs(a.z) < Math.abs(b.z) ? a : b;
      }
    }

    // Pelvis: the hip joint leaves the pad by `lift`; the lumbosacral joint stays near the pad, so the
    // pelvis rolls backwards (posterior tilt) and the lumbar segment above it flexes.
    const hipMid = at(pose, 'hip', null, body);
    const lift = dot3(hipMid, padN);
    const roll = Math.asin(Math.min(0.9, Math.max(-0.9, lift / (PELVIS_ROLL_LEVER_H * h))));
    const pelvisUp = add3(scale3(pad, Math.cos(roll)), padN, -Math.sin(roll));
    const pelvisForward = add3(scale3(padN, Math.cos(roll)), pad, Math.sin(roll));
    // The hip joints sit low in the pelvis, near the middle of the buttock-and-hip mass seen from the side.
    pts.pelvis_centre = add3(add3(hipMid, pelvisUp, 0.018 * h), pelvisForward, -0.012 * h);
    pts.lumbar_base = add3(add3(hipMid, pelvisUp, PELVIS_ROLL_LEVER_H * h), pelvisForward, -0.02 * h);
    const shoulderMid = at(pose, 'shoulder', null, body);
    pts.lumbar_top = add3(add3(shoulderMid, pad, -0.14 * h), padN, -0.015 * h);
    pts.neck_base = add3(shoulderMid, pad, 0.02 * h);

    // Head: rotates forward about the neck with a head lift; the sim's ear sets where it is.
    const headUp = v3(
      Math.cos(Math.atan2(pad.y, pad.x) - state.headLiftDeg * DEG),
      Math.sin(Math.atan2(pad.y, pad.x) - state.headLiftDeg * DEG),
      0,
    );
    const headForward = v3(-headUp.y, headUp.x, 0);
    // Face direction must point away from the pad (into the lifter's front).
    const fwd = dot3(headForward, padN) >= 0 ? headForward : scale3(headForward, -1);
    // Face points sit on the drawn head (so the truth is what the pose model sees); the ear is the sim's.
    const ear = at(pose, 'ear', null, body);
    const centre = add3(add3(ear, headUp, HEAD.centreUp * h), fwd, HEAD.centreForward * h);
    const local = (up: number, forward: number, lateral: number): V3 =>
      add3(add3(add3(centre, headUp, up * h), fwd, forward * h), v3(0, 0, 1), lateral * h);
    pts.head_centre = centre;
    pts.nose = local(-0.005, HEAD.forward + 0.008, 0);
    pts.left_eye = local(0.012, HEAD.forward - 0.006, -0.017);
    pts.right_eye = local(0.012, HEAD.forward - 0.006, 0.017);
    pts.left_ear = at(pose, 'ear', 'left', body);
    pts.right_ear = at(pose, 'ear', 'right', body);

    frames.push({
      tS: tS[k]!,
      points: pts,
      pelvisUp,
      pelvisForward,
      headUp,
      headForward: fwd,
      platformAlongM: dot3(pts.right_foot_index, u),
    });
  }

  // Framing: everything the figure and the sled reach over the clip.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const first = frames[0]!;
  const footMid = scale3(add3(first.points.right_heel, first.points.right_foot_index), 0.5);
  const platformAcrossM = dot3(footMid, across);
  for (const f of frames) {
    const corners = [-1, 1].map((s) =>
      add3(scale3(u, f.platformAlongM), across, platformAcrossM + s * PLATFORM_HALF_M),
    );
    for (const p of [...Object.values(f.points), ...corners]) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
  }
  const floorY = Math.min(-0.5, minY - 0.12);
  const headTop = maxY + 0.12 * h * 0.5;
  return {
    camera: params.camera,
    look: params.look,
    quality: params.quality ?? { antialias: true, shadows: false },
    machine: { padDir: pad, padNormal: padN, sledDir: u, platformAcrossM, floorY },
    figure: { heightM: h, backDepthM: BACK_DEPTH_H * h, trunkM: body.trunkM, thighM: body.thighM },
    target: v3((minX + maxX) / 2, (floorY + headTop) / 2, 0),
    spanM: { x: maxX - minX + 0.3, y: headTop - floorY },
    frames,
  };
}
