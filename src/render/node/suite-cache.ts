/**
 * The suite's cache under .cache/render/suite/<case id>/: the rendered clip and its truth, and per pose
 * model and analysis frame rate the keypoint track (and report) the real `spotter analyze` command saved.
 * Clips are keyed by the case id (a hash of the parameters); pose output by model and frame rate, because
 * the pose model is the slow part: the engine is re-run on the cached track on every evaluation.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
 * Runs the real CLI (`src/cli/main.ts analyze <video> --fps <fps>`, through tsx so the current source is
 * measured) unless the track for this model and frame rate is cached. Pass `fresh` (eval-video
 * --reanalyse) after pose-model or video-adapter changes; engine changes need no re-run.
 */
export function ensureAnalyzed(
  c: SuiteCase,
  model: string,
  fps: number,
  workers: number,
  root?: string,
  fresh = false,
): Promise<AnalyzeOutcome> {
  const p = casePaths(c, root);
  const track = p.track(model, fps);
  if (!fresh && existsSync(track)) return Promise.resolve({ ok: true, ms: 0, exitCode: 0, stderr: '' });
  const args = [
    '--import', 'tsx', 'src/cli/main.ts', 'analyze', p.video, '--fps', String(fps),
    '--json', p.report(model, fps), '--save-track', track,
    '--model', model, '--workers', String(workers), '--quiet',
  ]; // prettier-ignore
  const t0 = Date.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('close', (code) =>
      resolve({ ok: existsSync(track), ms: Date.now() - t0, exitCode: code ?? -1, stderr }),
    );
  });
}
