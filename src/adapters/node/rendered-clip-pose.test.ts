/**
 * End to end on real pixels: the project's rendered leg press clip (fixtures/render, with per-frame joint
 * truth) through the real models. Errors are in % of the thigh (hip-knee) length, the engine's body unit.
 * Every 10th frame over the first ~6.6 s (two reps) keeps it to 20 inferences per model.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLAZEPOSE33_NAMES, MOVENET17_NAMES } from '../../engine/index.js';
import { createPoseEstimator } from '../../pose/create-pose-estimator.js';
import type { PoseModelName, RgbFrame } from '../../pose/pose-estimator.js';
import { createNodeModelFileSource } from './model-files.js';
import { initNodeWasmBackend, type TfCore } from './tfjs-node-backend.js';
import { locateFfmpeg } from './video/locate-ffmpeg.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLIP = path.join(ROOT, 'fixtures/render/faulty.mp4');
const TRUTH = path.join(ROOT, 'fixtures/render/faulty.truth.json');
const STEP = 10;
const FRAMES = 20;

interface Truth {
  readonly video: { readonly widthPx: number; readonly heightPx: number };
  readonly nearSide: 'left' | 'right';
  readonly names: readonly string[];
  readonly frames: readonly { readonly xy: readonly number[] }[];
}

function decodeEveryNth(file: string, w: number, h: number): RgbFrame[] {
  const r = spawnSync(
    locateFfmpeg().path,
    ['-v', 'error', '-i', file, '-vf', `select='not(mod(n\\,${STEP}))'`, '-vsync', 'passthrough',
      '-frames:v', `${FRAMES}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: w * h * 3 * (FRAMES + 1) },
  ); // prettier-ignore
  if (r.status !== 0) throw new Error(`ffmpeg: ${r.stderr.toString()}`);
  const out: RgbFrame[] = [];
  for (let o = 0; o + w * h * 3 <= r.stdout.length; o += w * h * 3) {
    out.push({ data: new Uint8Array(r.stdout.subarray(o, o + w * h * 3)), widthPx: w, heightPx: h });
  }
  return out;
}

describe.skipIf(!existsSync(CLIP) || !existsSync(TRUTH))(
  'rendered leg press clip (fixtures/render/faulty.mp4)',
  () => {
    let tf: TfCore;
    let truth: Truth;
    let frames: RgbFrame[];
    beforeAll(async () => {
      tf = await initNodeWasmBackend();
      truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
      frames = decodeEveryNth(CLIP, truth.video.widthPx, truth.video.heightPx);
    });

    /** Median error per near-side joint, % of thigh length. */
    async function nearSideErrors(
      model: PoseModelName,
      joints: readonly string[],
    ): Promise<Record<string, number>> {
      const est = await createPoseEstimator(model, { files: createNodeModelFileSource(), tf });
      const names: readonly string[] = model.startsWith('blazepose') ? BLAZEPOSE33_NAMES : MOVENET17_NAMES;
      const errs: Record<string, number[]> = {};
      try {
        for (const [k, frame] of frames.entries()) {
          const r = await est.estimate(frame, k * STEP * (1000 / 30));
          const xy = truth.frames[k * STEP]!.xy;
          const at = (n: string): [number, number] => {
            const i = truth.names.indexOf(n);
            return [xy[2 * i]!, xy[2 * i + 1]!];
          };
          const [hx, hy] = at(`${truth.nearSide}_hip`);
          const [kx, ky] = at(`${truth.nearSide}_knee`);
          const thigh = Math.hypot(hx - kx, hy - ky);
          for (const j of joints) {
            const n = `${truth.nearSide}_${j}`;
            const p = r?.keypoints[names.indexOf(n)];
            const [tx, ty] = at(n);
            (errs[j] ??= []).push(p ? (100 * Math.hypot(p.x - tx, p.y - ty)) / thigh : Infinity);
          }
        }
      } finally {
        est.dispose();
      }
      return Object.fromEntries(
        Object.entries(errs).map(([j, a]) => [j, [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!]),
      );
    }

    it('decodes the sampled frames', () => {
      expect(frames).toHaveLength(FRAMES);
    });

    it('BlazePose full (default) puts near-side shoulder, hip, knee and ankle within 20% of a thigh', async () => {
      const med = await nearSideErrors('blazepose-full', ['shoulder', 'hip', 'knee', 'ankle']);
      for (const [j, e] of Object.entries(med)) expect(e, j).toBeLessThan(20);
    });

    it('BlazePose heavy puts near-side shoulder, hip, knee and ankle within 20% of a thigh', async () => {
      const med = await nearSideErrors('blazepose-heavy', ['shoulder', 'hip', 'knee', 'ankle']);
      for (const [j, e] of Object.entries(med)) expect(e, j).toBeLessThan(20);
    });

    it('MoveNet Thunder puts near-side shoulder, hip, knee and ankle within 20% of a thigh', async () => {
      const med = await nearSideErrors('movenet-thunder', ['shoulder', 'hip', 'knee', 'ankle']);
      for (const [j, e] of Object.entries(med)) expect(e, j).toBeLessThan(20);
    });
  },
);
