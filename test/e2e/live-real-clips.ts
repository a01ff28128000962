/**
 * Live mode on real footage: a clip of ../shared/realset (evaluation only: read in place, converted to a y4m in the
 * system temp folder at run time, never copied into the project) played through Chromium's fake camera for one
 * pass, the set ended, and what live mode said (rep count, cues, the end-of-set summary) put beside the clip's hand
 * labels and beside `spotter analyze` on the same file. Used by test/e2e/live-real.e2e.ts and
 * scripts/eval-live-real.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRealsetLabels, type RealClipLabel } from '../../src/realset/labels.js';
import { openBrowser, REPO } from './support.js';

export const REALSET = process.env.SPOTTER_REALSET ?? path.resolve(REPO, '..', 'shared', 'realset');

/** The labelled clips, or null (with the reason) when the real-footage set is not on this machine. */
export function realClips(): { clips: RealClipLabel[] } | { missing: string } {
  const labels = path.join(REALSET, 'labels.json');
  if (!existsSync(labels)) return { missing: `no real-footage set at ${REALSET} (set SPOTTER_REALSET)` };
  return { clips: parseRealsetLabels(readFileSync(labels, 'utf8')) };
}

export const clipFile = (name: string) => path.join(REALSET, 'clips', `${name}.mp4`);

/** The camera's picture: the long side at most this (a phone camera at 640x480 gives the same). */
const CAMERA_MAX_SIDE_PX = 640;
const CAMERA_MAX_FPS = 30;

function probe(file: string): { durationS: number; fps: number } {
  const out = execFileSync(
    'ffprobe',
    [
      '-v',
      'error',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=avg_frame_rate:format=duration',
      '-of',
      'json',
      file,
    ],
    { encoding: 'utf8' },
  );
  const j = JSON.parse(out) as { streams: { avg_frame_rate: string }[]; format: { duration: string } };
  const [num, den] = (j.streams[0]?.avg_frame_rate ?? '30/1').split('/').map(Number);
  return { durationS: Number(j.format.duration), fps: num! / (den || 1) };
}

/** A y4m of the clip for the fake camera, in the system temp folder (deleted by the caller). */
export function toY4m(file: string, dir: string): { y4m: string; durationS: number; fps: number } {
  const { durationS, fps } = probe(file);
  const camFps = Math.min(CAMERA_MAX_FPS, Math.round(fps));
  const y4m = path.join(dir, 'camera.y4m');
  const s = CAMERA_MAX_SIDE_PX;
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    file,
    '-vf',
    `scale='if(gt(iw,ih),min(${s},iw),-2)':'if(gt(iw,ih),-2,min(${s},ih))',fps=${camFps}`,
    '-pix_fmt',
    'yuv420p',
    '-f',
    'yuv4mpegpipe',
    y4m,
  ]);
  return { y4m, durationS, fps: camFps };
}

export interface LiveClipResult {
  readonly name: string;
  readonly durationS: number;
  readonly liveRepCount: number;
  readonly cues: readonly { id: string; atS: number; latencyMs: number }[];
  readonly framesPerS: number;
  readonly frameToUpdateMs: readonly number[];
  readonly summary: { from: 'recording' | 'live'; repCount: number; faultIds: string[] } | null;
  readonly model: string;
  /** The set's recording, saved with the page's "Save the video" button (in the caller's folder), when asked. */
  readonly recordingPath?: string;
}

interface PageStats {
  frames: number;
  repCount: number;
  model: string;
  startedAtMs: number;
  cameraOpenedAtMs: number;
  lastFrameS: number;
  frameToUpdateMs: number[];
  cues: { id: string; atS: number; latencyMs: number }[];
  summary?: { from: 'recording' | 'live'; repCount: number; faultIds: string[] };
}

/**
 * One pass of a clip through live mode: Start camera (the model loads first, so the fake camera starts at the
 * clip's first frame), wait until the clip has played once, End set, wait for the end-of-set summary.
 */
export async function liveOnePass(
  serverUrl: string,
  camera: { readonly y4m: string; readonly durationS: number; readonly fps: number },
  name: string,
  saveRecordingTo?: string,
): Promise<LiveClipResult> {
  const browser = await openBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${camera.y4m}`,
  ]);
  try {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${serverUrl}#/live`);
    await page.getByRole('button', { name: /Start camera/ }).click();
    await page.waitForFunction(
      () =>
        Number.isFinite(
          (globalThis as unknown as { __spotterLive?: PageStats }).__spotterLive?.startedAtMs ?? NaN,
        ),
      null,
      { timeout: 90_000 },
    );
    // One pass of the clip (the fake camera plays it from its first frame when the camera opens, then loops):
    // end the set a frame before it starts again.
    const endS = camera.durationS - 1.5 / camera.fps;
    await page.waitForFunction(
      (s) => {
        const st = (globalThis as unknown as { __spotterLive?: PageStats }).__spotterLive;
        return st !== undefined && (performance.now() - st.cameraOpenedAtMs) / 1000 >= s;
      },
      endS,
      { timeout: 60_000 + endS * 1000, polling: 20 },
    );
    await page.getByRole('button', { name: /End set/ }).click();
    await page.waitForFunction(
      // The summary, or the page's error when the set cannot be summarised (too short, nobody in view).
      () => {
        const g = globalThis as unknown as {
          __spotterLive?: PageStats;
          document: { querySelector(selector: string): unknown };
        };
        return (
          g.__spotterLive?.summary !== undefined ||
          g.document.querySelector('[data-testid="live-message"].error') !== null
        );
      },
      null,
      { timeout: 60_000 + camera.durationS * 4000 },
    );
    const s = (await page.evaluate(
      () => (globalThis as unknown as { __spotterLive?: PageStats }).__spotterLive,
    ))!;
    let recordingPath: string | undefined;
    if (saveRecordingTo !== undefined && s.summary !== undefined) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Save the video/ }).click();
      recordingPath = path.join(saveRecordingTo, (await download).suggestedFilename());
      await (await download).saveAs(recordingPath);
    }
    if (errors.length > 0) throw new Error(`page errors in live mode: ${errors.join('; ')}`);
    return {
      name,
      durationS: camera.durationS,
      liveRepCount: s.repCount,
      cues: s.cues,
      framesPerS: s.lastFrameS > 0 ? s.frames / s.lastFrameS : 0,
      frameToUpdateMs: s.frameToUpdateMs,
      summary: s.summary ?? null,
      model: s.model,
      ...(recordingPath !== undefined && { recordingPath }),
    };
  } finally {
    await browser.close();
  }
}

/**
 * One pass of a real clip through live mode (its y4m made in `dir`, the system temp folder), the recording saved
 * there too; the caller deletes `dir`.
 */
export async function runLiveClip(serverUrl: string, name: string, dir: string): Promise<LiveClipResult> {
  return liveOnePass(serverUrl, toY4m(clipFile(name), dir), name, dir);
}

/** `spotter analyze <file> --json` with the built CLI: the offline analysis the summary must equal. */
export function analyzeWithCli(file: string, model: string): { repCount: number; faultIds: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spotter-cli-real-'));
  try {
    const out = path.join(dir, 'report.json');
    try {
      execFileSync(
        process.execPath,
        [path.join(REPO, 'bin/spotter.js'), 'analyze', file, '--model', model, '--json', out],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
    } catch (err) {
      // Exit codes for "no person" or "not judged" still write the report when one was made.
      if (!existsSync(out)) throw err;
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as { reps: unknown[]; faults: { id: string }[] };
    return { repCount: report.reps.length, faultIds: [...new Set(report.faults.map((f) => f.id))].sort() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
