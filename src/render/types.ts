/**
 * The rendered leg press rig: what the page draws (scene spec, per-frame joints in metres) and what the
 * caller chooses (look, camera). World frame = the simulator's: X forward (towards the platform), Y up,
 * Z lateral with +Z = the lifter's right side (the side a right-facing camera sees).
 */
import type { SetParams } from '../sim/types.js';

export interface V3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/** Named 3D points of the figure in one frame (both body sides, plus spine points the rig needs). */
export type RigPoint =
  | 'nose' | 'left_eye' | 'right_eye' | 'left_ear' | 'right_ear' | 'head_centre' | 'neck_base'
  | 'left_shoulder' | 'right_shoulder' | 'left_elbow' | 'right_elbow' | 'left_wrist' | 'right_wrist'
  | 'left_hip' | 'right_hip' | 'left_knee' | 'right_knee' | 'left_ankle' | 'right_ankle'
  | 'left_heel' | 'right_heel' | 'left_foot_index' | 'right_foot_index'
  | 'pelvis_centre' | 'lumbar_base' | 'lumbar_top'; // prettier-ignore

export interface RigFrame {
  readonly tS: number;
  readonly points: Readonly<Record<RigPoint, V3>>;
  /** Unit vectors of the pelvis (up along the spine, forward out of the belly): rotate with a tuck. */
  readonly pelvisUp: V3;
  readonly pelvisForward: V3;
  /** Head orientation: up (crown) and forward (face). */
  readonly headUp: V3;
  readonly headForward: V3;
  /** Foot-platform contact plane offset along the sled axis (metres): where the platform face is. */
  readonly platformAlongM: number;
}

/** Static machine geometry, from the simulator's machine parameters and the body. */
export interface MachineSpec {
  /** Unit vector from the hip up the back pad. */
  readonly padDir: V3;
  /** Unit normal of the pad into the lifter. */
  readonly padNormal: V3;
  /** Unit push direction of the sled. */
  readonly sledDir: V3;
  /** Platform centre across the sled axis (along padNormal-like t = sled normal), metres from the hip line. */
  readonly platformAcrossM: number;
  readonly floorY: number;
}

/** Figure dimensions (metres): segment radii scaled with body height. */
export interface FigureSpec {
  readonly heightM: number;
  /** Torso depth behind the joint line (where the back pad touches). */
  readonly backDepthM: number;
  readonly trunkM: number;
  readonly thighM: number;
}

export interface Look {
  readonly skin: string;
  readonly shirt: string;
  readonly shorts: string;
  /** Shoe upper (heel counter, sides, toe box): dark or saturated, to stand out against a pale wall. */
  readonly shoes: string;
  /** Sole and heel block: contrasts with the (black) platform face the sole presses on. */
  readonly shoeSole: string;
  /** Sock band between the shin and the shoe collar. */
  readonly socks: string;
  readonly hair: string;
  /** Wall colour behind the machine. */
  readonly wall: string;
  readonly floor: string;
  readonly machineFrame: string;
  readonly pad: string;
  /** Key light intensity multiplier (1 = normal gym light). */
  readonly light: number;
}

export interface CameraRig {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly vfovDeg: number;
  /** 0 = side-on; positive turns the camera towards the lifter's front (the platform end). */
  readonly yawDeg: number;
  /** Camera height above the figure's centre, metres. */
  readonly heightOffsetM: number;
  /** Multiplies the distance at which the figure and sled fill the frame (1 = fills ~75%). */
  readonly distanceScale: number;
  /** 'right' = the lifter faces right in the image (camera on the lifter's right). */
  readonly facing: 'left' | 'right';
}

/** Software WebGL cost per 640x360 frame (measured, loaded 2-core box): base ~120 ms, antialias +100, shadows +180. */
export interface RenderQuality {
  readonly antialias: boolean;
  readonly shadows: boolean;
}

export interface RenderParams {
  readonly set: SetParams;
  readonly camera: CameraRig;
  readonly look: Look;
  /** Knee valgus (frontal-plane knee drift) at the bottom, degrees, per rep; absent = none. */
  readonly kneeValgusDeg?: readonly number[];
  /** Default: antialiased, no shadows. */
  readonly quality?: RenderQuality;
}

/** Everything the page needs to draw a clip. */
export interface SceneSpec {
  readonly camera: CameraRig;
  readonly look: Look;
  readonly quality: RenderQuality;
  readonly machine: MachineSpec;
  readonly figure: FigureSpec;
  /** Centre the camera looks at, and the span (metres) the framing must fit. */
  readonly target: V3;
  readonly spanM: { readonly x: number; readonly y: number };
  readonly frames: readonly RigFrame[];
}
