/**
 * The suite's cache under .cache/render/suite/<case id>/: the rendered clip and its truth, and per pose
 * model and analysis frame rate the keypoint track that `spotter analyze`'s pipeline (analyzeVideoFile) saved.
 * Clips are keyed by the case id (a hash of the parameters); pose output by model and frame rate, because
 * the pose model is the slow part: the engine is re-run on the cached track on every evaluation.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzeVideoToTrackFile,
  describeVideoFailure,
} from '../../adapters/node/video/analyze-video-file.js';
import { isPoseModelName } from '../../pose/create-pose-estimator.js';
import type { RenderTruth } from '../ground-truth.js';
import type { SuiteCase } from '../suite.js';
import type { RenderBrowser } from './browser.js';
import { renderClip } from './render-clip.js';

export const SUITE_CACHE_DIR = '.cache/render/suite';

export interface CasePaths {
  readonly dir: string;
  readonly video: string;
  readonly truth: string;
  /** The CLI's own report (kept for reference; evaluations re-run the engine on the track). */
  report(model: string, fps: number): string;
  /** The pose model's keypoint track at this analysis frame rate. */
  track(model: string, fps: number): string;
}

export function casePaths(c: SuiteCase, root = SUITE_CACHE_DIR): CasePaths {
  const dir = path.join(root, c.id);
  return {
    dir,
    video: path.join(dir, 'clip.mp4'),
    truth: path.join(dir, 'clip.truth.json'),
    report: (m, fps) => path.join(dir, `${m}-${fps}fps.report.json`),
    track: (m, fps) => path.join(dir, `${m}-${fps}fps.track.json`),
  };
}

/** Renders the case unless its clip and truth are cached; returns whether it rendered and how long it took. */
export async function ensureRendered(c: SuiteCase, browser: RenderBrowser, root?: string): Promise<number> {
  const p = casePaths(c, root);
  if (existsSync(p.video) && existsSync(p.truth)) return 0;
  mkdirSync(p.dir, { recursive: true });
  // veryfast: x264 at ~60% of `medium`'s CPU (3.3 vs 5.7 ms a 640x360 frame) at the same CRF; size does not matter.
  const clip = await renderClip(c.params, {
    videoPath: p.video,
    truthPath: p.truth,
    browser,
    preset: 'veryfast',
  });
  return clip.renderMs;
}

export function readTruth(c: SuiteCase, root?: string): RenderTruth {
  return JSON.parse(readFileSync(casePaths(c, root).truth, 'utf8')) as RenderTruth;
}

export interface AnalyzeOutcome {
  readonly ok: boolean;
  readonly ms: number;
  readonly exitCode: number;
  readonly stderr: string;
}

/**
 * Runs the CLI's video pipeline (analyzeVideoFile, in process, so the current source is measured) at `fps`
 * and saves the track, unless the track for this model and frame rate is cached. Pass `fresh` (eval-video
 * --reanalyse) after pose-model or video-adapter changes; engine changes need no re-run.
 */
export async function ensureAnalyzed(
  c: SuiteCase,
  model: string,
  fps: number,
  workers: number,
  root?: string,
  fresh = false,
): Promise<AnalyzeOutcome> {
  const p = casePaths(c, root);
  const track = p.track(model, fps);
  if (!fresh && existsSync(track)) return { ok: true, ms: 0, exitCode: 0, stderr: '' };
  if (!isPoseModelName(model)) return { ok: false, ms: 0, exitCode: 2, stderr: `unknown model ${model}` };
  const t0 = Date.now();
  try {
    await analyzeVideoToTrackFile({ file: p.video, model, maxFps: fps, workers }, track);
    return { ok: true, ms: Date.now() - t0, exitCode: 0, stderr: '' };
  } catch (error) {
    return { ok: false, ms: Date.now() - t0, exitCode: 4, stderr: describeVideoFailure(error) };
  }
}
