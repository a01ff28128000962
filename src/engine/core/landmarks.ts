/**
 * Landmark sets the engine understands, and where each body point sits in them.
 * MoveNet has 17 COCO keypoints; BlazePose has 33 and adds heels and toes.
 */
export type LandmarkSetId = 'movenet17' | 'blazepose33';

export type BodySide = 'left' | 'right';

/** Body points the leg press analysis uses, for one side of the body (plus the nose). */
export type SideJoint = 'ear' | 'shoulder' | 'hip' | 'knee' | 'ankle' | 'heel' | 'toe';
export const SIDE_JOINTS: readonly SideJoint[] = ['ear', 'shoulder', 'hip', 'knee', 'ankle', 'heel', 'toe'];
/**
 * Joints whose depth (a 3D-aware model's z) the engine reads: the thigh's, which shows a camera turned towards
 * the front (view/depth-yaw.ts). Other points' depth is not kept, so an hour of video holds 4 more numbers a
 * frame, not 66.
 */
export const DEPTH_JOINTS: readonly SideJoint[] = ['hip', 'knee'];

export const MOVENET17_NAMES = [
  'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
  'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip',
  'left_knee', 'right_knee', 'left_ankle', 'right_ankle',
] as const; // prettier-ignore

export const BLAZEPOSE33_NAMES = [
  'nose', 'left_eye_inner', 'left_eye', 'left_eye_outer', 'right_eye_inner', 'right_eye', 'right_eye_outer',
  'left_ear', 'right_ear', 'mouth_left', 'mouth_right', 'left_shoulder', 'right_shoulder', 'left_elbow',
  'right_elbow', 'left_wrist', 'right_wrist', 'left_pinky', 'right_pinky', 'left_index', 'right_index',
  'left_thumb', 'right_thumb', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle',
  'right_ankle', 'left_heel', 'right_heel', 'left_foot_index', 'right_foot_index',
] as const; // prettier-ignore

export interface LandmarkSet {
  readonly id: LandmarkSetId;
  readonly names: readonly string[];
  /** Index of each side joint in this set, per body side; undefined when the set lacks the point. */
  readonly sideIndex: Readonly<Record<BodySide, Readonly<Record<SideJoint, number | undefined>>>>;
  readonly noseIndex: number;
  /** Indices of `DEPTH_JOINTS`, left side then right, joint by joint (the order of packed depth). */
  readonly depthIndices: readonly number[];
}

function indexOf(names: readonly string[], name: string): number | undefined {
  const i = names.indexOf(name);
  return i < 0 ? undefined : i;
}

function buildSet(id: LandmarkSetId, names: readonly string[], toeName: string): LandmarkSet {
  const side = (s: BodySide): Record<SideJoint, number | undefined> => ({
    ear: indexOf(names, `${s}_ear`),
    shoulder: indexOf(names, `${s}_shoulder`),
    hip: indexOf(names, `${s}_hip`),
    knee: indexOf(names, `${s}_knee`),
    ankle: indexOf(names, `${s}_ankle`),
    heel: indexOf(names, `${s}_heel`),
    toe: indexOf(names, `${s}_${toeName}`),
  });
  const sideIndex = { left: side('left'), right: side('right') };
  const depthIndices = (['left', 'right'] as const).flatMap((s) =>
    DEPTH_JOINTS.map((j) => sideIndex[s][j]).filter((i): i is number => i !== undefined),
  );
  return { id, names, sideIndex, noseIndex: 0, depthIndices };
}

export const LANDMARK_SETS: Readonly<Record<LandmarkSetId, LandmarkSet>> = {
  movenet17: buildSet('movenet17', MOVENET17_NAMES, 'foot_index'),
  blazepose33: buildSet('blazepose33', BLAZEPOSE33_NAMES, 'foot_index'),
};

/** Index of the same point on the other side of the body (for left/right swap repair). */
export function mirrorIndex(set: LandmarkSet, index: number): number {
  const name = set.names[index];
  if (name === undefined) return index;
  const mirrored = name.startsWith('left_')
    ? `right_${name.slice(5)}`
    : name.startsWith('right_')
      ? `left_${name.slice(6)}`
      : name;
  return indexOf(set.names, mirrored) ?? index;
}
