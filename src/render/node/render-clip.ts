/**
 * Renders one clip: simulate the set (noiseless truth), build the 3D rig, draw every frame in headless
 * Chromium, encode with ffmpeg, and write the ground-truth JSON beside the video.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ENGINE_DEFAULTS } from '../../engine/index.js';
import { simulateSet } from '../../sim/simulate-set.js';
import { buildRenderTruth, TRUTH_POINT_NAMES, type RenderTruth } from '../ground-truth.js';
import { buildRigFrames } from '../rig/build-rig.js';
import type { RenderParams } from '../types.js';
import { matchOwnNiceness, openRenderBrowser, type RenderBrowser } from './browser.js';
import { openEncoder } from './encode-video.js';

export interface RenderClipOptions {
  readonly videoPath: string;
  /** Where the ground truth goes; default: the video path with `.truth.json`. */
  readonly truthPath?: string;
  readonly crf?: number;
  /** x264 preset (default `medium`; the suite uses `veryfast`). */
  readonly preset?: string;
  /** Reuse an open browser (suites render many clips). */
  readonly browser?: RenderBrowser;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RenderedClip {
  readonly truth: RenderTruth;
  readonly videoPath: string;
  readonly truthPath: string;
  readonly frameCount: number;
  readonly renderMs: number;
}

export async function renderClip(params: RenderParams, opts: RenderClipOptions): Promise<RenderedClip> {
  const t0 = Date.now();
  const set = { ...params.set, noise: 'none' as const };
  const sim = simulateSet(set);
  const spec = buildRigFrames({ ...params, set }, sim.truth);
  const browser = opts.browser ?? (await openRenderBrowser());
  const { widthPx, heightPx } = params.camera;
  const encoder = openEncoder({
    widthPx,
    heightPx,
    fps: set.fps,
    outPath: opts.videoPath,
    crf: opts.crf,
    preset: opts.preset,
  });
  const projected: number[][] = [];
  try {
    await browser.page.evaluate((s) => {
      const g = globalThis as unknown as { spotterRender: { init(x: unknown): unknown }; r: unknown };
      g.r = g.spotterRender.init(s);
    }, spec);
    // The GPU process starts its WebGL threads on the first scene: bring them down to our niceness too.
    matchOwnNiceness();
    const n = spec.frames.length;
    for (let k = 0; k < n; k++) {
      const out = await browser.page.evaluate(
        ([i, names]) => {
          const g = globalThis as unknown as {
            r: { frame(k: number, n: readonly string[]): { rgbBase64: string; points: number[] } };
          };
          return g.r.frame(i, names);
        },
        [k, TRUTH_POINT_NAMES] as const,
      );
      projected.push(out.points);
      await encoder.write(Buffer.from(out.rgbBase64, 'base64'));
      opts.onProgress?.(k + 1, n);
    }
    await encoder.finish();
  } finally {
    if (!opts.browser) await browser.close();
  }
  const valgusWarn = ENGINE_DEFAULTS.faults.kneeValgus.warnFppaDeg;
  const valgusReps = new Set(
    (params.kneeValgusDeg ?? []).flatMap((deg, i) => (deg >= valgusWarn ? [i + 1] : [])),
  );
  const truth = buildRenderTruth(
    { ...params, set },
    sim.truth,
    projected,
    path.basename(opts.videoPath),
    valgusReps,
  );
  const truthPath = opts.truthPath ?? opts.videoPath.replace(/\.[^.]+$/, '') + '.truth.json';
  writeFileSync(truthPath, JSON.stringify(truth));
  return {
    truth,
    videoPath: opts.videoPath,
    truthPath,
    frameCount: spec.frames.length,
    renderMs: Date.now() - t0,
  };
}
