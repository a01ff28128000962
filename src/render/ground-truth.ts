/**
 * The ground-truth file written beside each rendered clip: per-frame image positions of the MoveNet-17
 * points plus heels and toes (projected from the rig with the camera that drew the frame), the true joint
 * angles with the engine's definitions, rep boundaries, and per-rep fault labels (the engine's thresholds).
 */
import type { FaultId } from '../engine/index.js';
import type { SetTruth } from '../sim/types.js';
import type { RenderParams, RigPoint } from './types.js';

export const TRUTH_POINT_NAMES = [
  'nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
  'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip',
  'left_knee', 'right_knee', 'left_ankle', 'right_ankle',
  'left_heel', 'right_heel', 'left_foot_index', 'right_foot_index',
] as const satisfies readonly RigPoint[]; // prettier-ignore

export const RENDER_ORIGIN =
  'Rendered by the Spotter project (src/render): a figure built from three.js primitives by the project, ' +
  'no third-party models or textures. Licence: MIT, as the project.';

export interface TruthRep {
  readonly index: number;
  readonly startS: number;
  readonly bottomS: number;
  readonly endS: number;
  readonly kneeMinDeg: number;
  readonly kneeTopDeg: number;
  readonly hipFlexionMaxDeg: number;
  readonly eccentricS: number;
  readonly concentricS: number;
  readonly faults: readonly FaultId[];
}

export interface RenderTruth {
  readonly format: 'spotter-render-truth';
  readonly version: 1;
  readonly origin: string;
  readonly video: {
    readonly file: string;
    readonly widthPx: number;
    readonly heightPx: number;
    readonly fps: number;
  };
  readonly params: RenderParams;
  readonly nearSide: 'left' | 'right';
  readonly hipFlexionLimitDeg: number;
  readonly names: readonly string[];
  /** Per frame: time and [x0, y0, x1, y1, ...] in `names` order, image pixels. */
  readonly frames: readonly { readonly tS: number; readonly xy: readonly number[] }[];
  readonly series: {
    readonly kneeDeg: readonly number[];
    readonly hipFlexionDeg: readonly number[];
    readonly hipDepartureThighs: readonly number[];
    readonly heelLiftDeg: readonly number[];
    readonly headDepartureThighs: readonly number[];
  };
  readonly reps: readonly TruthRep[];
  readonly setFaults: readonly FaultId[];
}

const r = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

export function buildRenderTruth(
  params: RenderParams,
  truth: SetTruth,
  projected: readonly (readonly number[])[],
  videoFile: string,
  valgusFaultReps: ReadonlySet<number>,
): RenderTruth {
  const s = truth.series;
  const arr = (a: Float64Array, d: number): number[] => Array.from(a, (v) => r(v, d));
  return {
    format: 'spotter-render-truth',
    version: 1,
    origin: RENDER_ORIGIN,
    video: {
      file: videoFile,
      widthPx: params.camera.widthPx,
      heightPx: params.camera.heightPx,
      fps: params.set.fps,
    },
    params,
    nearSide: truth.nearSide,
    hipFlexionLimitDeg: truth.hipFlexionLimitDeg,
    names: TRUTH_POINT_NAMES,
    frames: projected.map((xy, k) => ({ tS: r(s.tS[k]!, 4), xy: xy.map((v) => r(v, 1)) })),
    series: {
      kneeDeg: arr(s.kneeDeg, 1),
      hipFlexionDeg: arr(s.hipFlexionDeg, 1),
      hipDepartureThighs: arr(s.hipDepartureThighs, 3),
      heelLiftDeg: arr(s.heelLiftDeg, 1),
      headDepartureThighs: arr(s.headDepartureThighs, 3),
    },
    reps: truth.reps.map((rep) => ({
      index: rep.index,
      startS: r(rep.startS, 3),
      bottomS: r(rep.bottomS, 3),
      endS: r(rep.endS, 3),
      kneeMinDeg: r(rep.kneeMinDeg, 1),
      kneeTopDeg: r(rep.kneeTopDeg, 1),
      hipFlexionMaxDeg: r(rep.hipFlexionMaxDeg, 1),
      eccentricS: r(rep.eccentricS, 3),
      concentricS: r(rep.concentricS, 3),
      faults: valgusFaultReps.has(rep.index) ? [...rep.faults, 'knee_valgus'] : rep.faults,
    })),
    setFaults: truth.setFaults,
  };
}
