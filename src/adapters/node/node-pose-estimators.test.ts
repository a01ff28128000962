/**
 * The real models, run in Node on the wasm backend with files from the installed package.
 * Images are drawn figures (fixtures/render clips are not available yet): BlazePose and MoveNet
 * Lightning find a flat-shaded humanoid reliably; MoveNet Thunder does not, so it is only checked for shape.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPoseEstimator } from '../../pose/create-pose-estimator.js';
import type { PoseEstimate, PoseEstimator, PoseModelName, RgbFrame } from '../../pose/pose-estimator.js';
import { MoveNetEstimator } from '../../pose/movenet/detector.js';
import {
  blankFrame,
  drawFigure,
  standingFigure,
  type FigureJointsPx,
} from '../../pose/testing/draw-figure.js';
import { createNodeModelFileSource, ModelFilesMissingError } from './model-files.js';
import { initNodeWasmBackend, type TfCore } from './tfjs-node-backend.js';

let tf: TfCore;
const files = createNodeModelFileSource();
beforeAll(async () => {
  tf = await initNodeWasmBackend();
});

const W = 640;
const H = 360;
const FIG_H = 280;

function scene(cx: number, footY: number, heightPx = FIG_H): { frame: RgbFrame; joints: FigureJointsPx } {
  const frame = blankFrame(W, H);
  const joints = standingFigure(cx, footY, heightPx);
  drawFigure(frame, joints, heightPx);
  return { frame, joints };
}

/** Indices of [left hip, right hip, left knee, right knee, left ankle, right ankle] per landmark set. */
const LEGS: Record<PoseModelName, number[]> = {
  'movenet-lightning': [11, 12, 13, 14, 15, 16],
  'movenet-thunder': [11, 12, 13, 14, 15, 16],
  'blazepose-full': [23, 24, 25, 26, 27, 28],
  'blazepose-heavy': [23, 24, 25, 26, 27, 28],
};

function legErrorsPx(est: PoseEstimate, model: PoseModelName, j: FigureJointsPx): number[] {
  const truth = [j.leftHip, j.rightHip, j.leftKnee, j.rightKnee, j.leftAnkle, j.rightAnkle];
  return LEGS[model].map((k, i) => {
    const p = est.keypoints[k];
    const t = truth[i]!;
    return p ? Math.hypot(p.x - t[0], p.y - t[1]) : Infinity;
  });
}

describe.each(['movenet-lightning', 'movenet-thunder', 'blazepose-full', 'blazepose-heavy'] as const)(
  '%s',
  (model) => {
    let est: PoseEstimator;
    beforeAll(async () => {
      est = await createPoseEstimator(model, { files, tf });
      return () => est.dispose();
    });

    it('loads from the package files and returns its landmark set in full-image pixels', async () => {
      const { frame } = scene(320, 330);
      const r = await est.estimate(frame, 0);
      expect(r).not.toBeNull();
      const blazePose = model.startsWith('blazepose');
      expect(est.model).toBe(model);
      expect(r!.keypoints).toHaveLength(blazePose ? 33 : 17);
      expect(est.landmarkSet).toBe(blazePose ? 'blazepose33' : 'movenet17');
      for (const k of r!.keypoints) {
        expect(Number.isFinite(k!.x) && Number.isFinite(k!.y)).toBe(true);
        expect(k!.score).toBeGreaterThanOrEqual(0);
        expect(k!.score).toBeLessThanOrEqual(1);
      }
      expect(r!.score).toBeGreaterThan(0);
    });

    it('finds nobody in an empty frame', async () => {
      est.reset();
      expect(await est.estimate(blankFrame(W, H), 0)).toBeNull();
    });
  },
);

describe.each(['movenet-lightning', 'blazepose-full'] as const)('%s on a drawn figure', (model) => {
  let est: PoseEstimator;
  beforeAll(async () => {
    est = await createPoseEstimator(model, { files, tf });
    return () => est.dispose();
  });

  it('tracks a figure walking across the frame: legs within 8% of body height, crop follows', async () => {
    est.reset();
    for (let i = 0; i < 8; i++) {
      const { frame, joints } = scene(150 + i * 45, 330);
      const r = await est.estimate(frame, i * 33);
      expect(r, `frame ${i}`).not.toBeNull();
      const errs = legErrorsPx(r!, model, joints);
      // Hips and knees: the figure's joints are clear; ankles are drawn without feet detail, so looser.
      expect(Math.max(...errs.slice(0, 4)), `frame ${i}`).toBeLessThan(0.08 * FIG_H);
      expect(Math.max(...errs.slice(4)), `frame ${i}`).toBeLessThan(0.12 * FIG_H);
      if (i > 0) expect(r!.roi.width, 'tracked crop is tighter than the frame').toBeLessThan(W * 0.95);
    }
  });

  it('frees its tensors: tensor count stable over many frames', async () => {
    est.reset();
    const before = tf.memory().numTensors;
    const { frame } = scene(320, 330);
    // BlazePose costs ~3x Lightning per frame: fewer frames keep the suite quick on 2 shared cores.
    const frames = model === 'blazepose-full' ? 15 : 50;
    for (let i = 0; i < frames; i++) await est.estimate(frame, i * 33);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('coordinates map back to the full image', () => {
  it('the same crop content at a known offset gives keypoints shifted by exactly that offset', async () => {
    const est = (await createPoseEstimator('movenet-lightning', { files, tf })) as MoveNetEstimator;
    const dx = 137;
    const dy = 41;
    const a = blankFrame(W + dx, H + dy);
    const b = blankFrame(W + dx, H + dy);
    drawFigure(a, standingFigure(250, 320, FIG_H), FIG_H);
    drawFigure(b, standingFigure(250 + dx, 320 + dy, FIG_H), FIG_H);
    const roi = { x: 60, y: 20, width: 330, height: 330 };
    const pa = await est.runCrop(a, roi);
    const pb = await est.runCrop(b, { ...roi, x: roi.x + dx, y: roi.y + dy });
    pa.keypoints.forEach((k, i) => {
      expect(pb.keypoints[i]!.x - k!.x).toBeCloseTo(dx, 3);
      expect(pb.keypoints[i]!.y - k!.y).toBeCloseTo(dy, 3);
    });
    est.dispose();
  });
});

describe('several people in view', () => {
  it('BlazePose keeps the lifter (largest, then the one it tracks) when a smaller person walks in', async () => {
    const est = await createPoseEstimator('blazepose-full', { files, tf });
    const frame = blankFrame(W, H);
    const lifter = standingFigure(200, 340, 300);
    drawFigure(frame, lifter, 300);
    drawFigure(frame, standingFigure(520, 250, 150), 150);
    const first = await est.estimate(frame, 0);
    expect(first).not.toBeNull();
    expect(legErrorsPx(first!, 'blazepose-full', lifter)[0]).toBeLessThan(0.08 * 300);
    const second = await est.estimate(frame, 33);
    expect(legErrorsPx(second!, 'blazepose-full', lifter)[0]).toBeLessThan(0.08 * 300);
    est.dispose();
  });
});

describe('dispose', () => {
  it('releases every tensor the estimator allocated', async () => {
    const before = tf.memory().numTensors;
    const est = await createPoseEstimator('blazepose-full', { files, tf }, { warmUp: false });
    await est.estimate(scene(320, 330).frame, 0);
    est.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(est.estimate(scene(320, 330).frame, 33)).rejects.toThrow(/after dispose/);
  });
});

describe('model files', () => {
  it('a missing model folder gives a clear error', async () => {
    const source = createNodeModelFileSource('/nonexistent/models');
    await expect(source.readJson('movenet-lightning.json')).rejects.toThrow(ModelFilesMissingError);
    await expect(source.readJson('../package.json')).rejects.toThrow(/Invalid model file name/);
  });
});
