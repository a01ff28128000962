/**
 * The suite's cache under .cache/render/suite/<case id>/: the rendered clip and its truth, and one report
 * and keypoint track per pose model from the real `spotter analyze` command. Everything is keyed by the
 * case id (a hash of the parameters), so nothing is re-rendered or re-analysed unless it changed.
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
  report(model: string): string;
  track(model: string): string;
}

export function casePaths(c: SuiteCase, root = SUITE_CACHE_DIR): CasePaths {
  const dir = path.join(root, c.id);
  return {
    dir,
    video: path.join(dir, 'clip.mp4'),
    truth: path.join(dir, 'clip.truth.json'),
    report: (m) => path.join(dir, `${m}.report.json`),
    track: (m) => path.join(dir, `${m}.track.json`),
  };
}

/** Renders the case unless its clip and truth are cached; returns whether it rendered and how long it took. */
export async function ensureRendered(c: SuiteCase, browser: RenderBrowser, root?: string): Promise<number> {
  const p = casePaths(c, root);
  if (existsSync(p.video) && existsSync(p.truth)) return 0;
  mkdirSync(p.dir, { recursive: true });
  const clip = await renderClip(c.params, { videoPath: p.video, truthPath: p.truth, browser });
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
 * Runs the real CLI (`src/cli/main.ts analyze <video>`, through tsx so the current source is measured)
 * unless the report and track for this model are cached. The cache key is the clip, not the code: pass
 * `fresh` (eval-video --reanalyse) after engine, pose or CLI changes.
 */
export function ensureAnalyzed(
  c: SuiteCase,
  model: string,
  workers: number,
  root?: string,
  fresh = false,
): Promise<AnalyzeOutcome> {
  const p = casePaths(c, root);
  if (!fresh && existsSync(p.report(model)) && existsSync(p.track(model)))
    return Promise.resolve({ ok: true, ms: 0, exitCode: 0, stderr: '' });
  const args = [
    '--import', 'tsx', 'src/cli/main.ts', 'analyze', p.video,
    '--json', p.report(model), '--save-track', p.track(model),
    '--model', model, '--workers', String(workers), '--quiet',
  ]; // prettier-ignore
  const t0 = Date.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.on('close', (code) =>
      resolve({ ok: existsSync(p.report(model)), ms: Date.now() - t0, exitCode: code ?? -1, stderr }),
    );
  });
}
