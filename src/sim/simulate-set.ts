/**
 * Simulates one leg press set: the lifter's motion on the machine, a side-on camera, pose-model noise, and
 * the ground truth (true angles, rep boundaries, fault labels with the engine's definitions).
 */
import {
  ENGINE_DEFAULTS,
  LANDMARK_SETS,
  mirrorIndex,
  type EngineConfig,
  type KeypointPx,
  type PoseFrame,
} from '../engine/index.js';
import { anthropometry } from './anthropometry.js';
import { fitCamera, slotOf } from './camera.js';
import { labelTruth } from './label-truth.js';
import { createLegPressModel, type ModelPose } from './leg-press-model.js';
import { measureTruth, type TrueMeasures } from './measure-truth.js';
import { buildTimeline } from './motion.js';
import { resolveNoise } from './noise.js';
import { createRng, deriveSeed } from './prng.js';
import type { SetParams, SimulatedSet, TrueSeries } from './types.js';

export interface SimulateOptions {
  /** Thresholds the truth labels use; defaults to the engine's defaults. */
  readonly config?: EngineConfig;
}

/** Truth labels are measured on a dense grid, independent of the video frame rate. */
const DENSE_HZ = 50;

export function simulateSet(params: SetParams, options: SimulateOptions = {}): SimulatedSet {
  const config = options.config ?? ENGINE_DEFAULTS;
  const body = anthropometry(params.body);
  const model = createLegPressModel(body, params.machine);
  const timeline = buildTimeline(model, params);
  const noise = resolveNoise(params.noise);
  const set = LANDMARK_SETS[params.landmarkSet];

  // Frame times, optionally jittered (variable frame rate) but strictly increasing.
  const timeRng = createRng(deriveSeed(params.seed, 'time'));
  const frameCount = Math.floor(timeline.durationS * params.fps) + 1;
  const tS = new Float64Array(frameCount);
  for (let k = 0; k < frameCount; k++) {
    const jitter = k === 0 ? 0 : timeRng.uniform(-0.5, 0.5) * noise.timestampJitter;
    const t = Math.min((k + jitter) / params.fps, timeline.durationS);
    tS[k] = k === 0 ? 0 : Math.max(t, tS[k - 1]! + 0.1 / params.fps);
  }

  const poses: ModelPose[] = [];
  const measures: TrueMeasures[] = [];
  for (let k = 0; k < frameCount; k++) {
    const state = timeline.stateAt(tS[k]!);
    const pose = model.pose(state);
    poses.push(pose);
    measures.push(measureTruth(model, pose, state.heelLiftDeg));
  }

  const denseCount = Math.floor(timeline.durationS * DENSE_HZ) + 1;
  const denseT = new Float64Array(denseCount);
  const denseM: TrueMeasures[] = [];
  for (let i = 0; i < denseCount; i++) {
    denseT[i] = i / DENSE_HZ;
    const state = timeline.stateAt(denseT[i]!);
    denseM.push(measureTruth(model, model.corePose(state), state.heelLiftDeg));
  }
  const hipFlexionLimitDeg = params.safeDepthDeg ?? config.faults.tooDeep.defaultWarnHipFlexionDeg;
  const labels = labelTruth(
    { tS: denseT, measures: denseM },
    timeline.reps,
    config,
    hipFlexionLimitDeg,
    params.safeDepthDeg,
    set.sideIndex.left.heel === undefined ? ['heel_lift'] : [],
  );

  const camera = fitCamera(body, poses, params.camera);
  const slots = set.names.map(slotOf);
  const hip0 = camera.project(poses[0]!, { point: 'hip', side: camera.nearSide });
  const knee0 = camera.project(poses[0]!, { point: 'knee', side: camera.nearSide });
  const thighPx = Math.hypot(knee0.x - hip0.x, knee0.y - hip0.y);

  const rng = createRng(deriveSeed(params.seed, 'noise'));
  const isFar = slots.map((s) => s.side !== null && s.side !== camera.nearSide);
  const bias = slots.map(() => ({
    x: rng.gaussian(noise.biasThighs * thighPx),
    y: rng.gaussian(noise.biasThighs * thighPx),
  }));
  const farOffset = slots.map((_, j) => {
    const a = rng.uniform(0, 2 * Math.PI);
    const r = isFar[j] ? noise.farSideOffsetThighs * thighPx : 0;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  const drift = slots.map(() => ({ x: 0, y: 0 }));
  const mirrors = slots.map((_, j) => mirrorIndex(set, j));
  const points = slots.map((slot) => slot.point);
  const scales = slots.map((slot) => camera.scaleOf(slot));
  const rho = 0.9;
  const driftStep = Math.sqrt(1 - rho * rho) * noise.driftThighs * thighPx;

  const frames: PoseFrame[] = [];
  for (let k = 0; k < frameCount; k++) {
    const pose = poses[k]!;
    for (const d of drift) {
      d.x = rho * d.x + rng.gaussian(driftStep);
      d.y = rho * d.y + rng.gaussian(driftStep);
    }
    if (rng.chance(noise.frameDropout)) {
      frames.push({ tS: tS[k]!, keypoints: new Array<null>(slots.length).fill(null) });
      continue;
    }
    const lowConfidence = rng.chance(noise.lowConfidenceFrame);
    const jitter = noise.jitterThighs * thighPx * (lowConfidence ? 3 : 1);
    // Plain loops: this runs for every keypoint of every frame (an hour of video is ~3.5 million).
    const keypoints = new Array<KeypointPx | null>(slots.length);
    for (let j = 0; j < slots.length; j++) {
      const p = pose.points[points[j]!];
      const k = scales[j]!;
      const far = isFar[j]!;
      const sigma = jitter * (far ? 1.5 : 1);
      let x = camera.centreXPx + camera.signX * k * (p.x - camera.centreXM) + bias[j]!.x + drift[j]!.x;
      let y = camera.centreYPx - k * (p.y - camera.centreYM) + bias[j]!.y + drift[j]!.y;
      x += farOffset[j]!.x + rng.gaussian(sigma);
      y += farOffset[j]!.y + rng.gaussian(sigma);
      const range = far ? noise.farSideScore : noise.score;
      const score = rng.uniform(range[0], range[1]) * (lowConfidence ? 0.35 : 1);
      // One draw decides both rare events: missing (low end) or gross outlier (high end).
      const event = rng.next();
      if (event < noise.pointDropout) {
        keypoints[j] = null;
        continue;
      }
      if (event > 1 - noise.outlier) {
        const a = rng.uniform(0, 2 * Math.PI);
        const r = rng.uniform(0.5, 1) * thighPx;
        x += r * Math.cos(a);
        y += r * Math.sin(a);
      }
      keypoints[j] = { x, y, score };
    }
    let swapped = keypoints;
    if (rng.chance(noise.swap)) {
      swapped = new Array<KeypointPx | null>(slots.length);
      for (let j = 0; j < slots.length; j++) swapped[j] = keypoints[mirrors[j]!] ?? null;
    }
    frames.push({ tS: tS[k]!, keypoints: swapped });
  }

  const series: TrueSeries = {
    tS,
    kneeDeg: Float64Array.from(measures, (m) => m.kneeDeg),
    hipFlexionDeg: Float64Array.from(measures, (m) => m.hipFlexionDeg),
    hipDepartureThighs: Float64Array.from(measures, (m) => m.hipDepartureThighs),
    heelLiftDeg: Float64Array.from(measures, (m) => m.heelLiftDeg),
    headDepartureThighs: Float64Array.from(measures, (m) => m.headDepartureThighs),
    sledTravelShanks: Float64Array.from(measures, (m) => m.sledTravelShanks),
  };

  return {
    params,
    track: {
      landmarkSet: params.landmarkSet,
      imageWidthPx: params.camera.imageWidthPx,
      imageHeightPx: params.camera.imageHeightPx,
      frames,
      source: { kind: 'simulator', model: `spotter-sim seed ${params.seed}` },
    },
    truth: {
      nearSide: camera.nearSide,
      facing: params.camera.facing,
      series,
      reps: labels.reps,
      setFaults: labels.setFaults,
      velocityLossPercent: labels.velocityLossPercent,
      hipFlexionLimitDeg,
      thighPx,
      cameraDistanceM: camera.distanceM,
    },
  };
}
