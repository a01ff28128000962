/**
 * `npm run bench:video`: pose throughput on a fixed clip, Spotter's estimators vs the official TF.js
 * pose-detection library (same MoveNet weights, loaded locally, plain decode-then-estimate loop).
 *
 * Each pipeline runs in its own child process (same script, same clip, same frames) so that peak RSS is
 * that pipeline's own, not the maximum of everything run before it.
 *
 *   npm run bench:video -- [--seconds 6] [--only spotter:movenet-lightning,peer:movenet-lightning,...]
 *
 * Clip: the first fixtures/render/**.mp4 if present; else a generated 1280x720 30 fps clip of a drawn figure
 * (known joint positions, so keypoint error against the truth is reported too).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PoseEstimate, PoseModelName, RgbFrame } from '../src/pose/pose-estimator.js';
import {
  blankFrame,
  drawFigure,
  standingFigure,
  type FigureJointsPx,
} from '../src/pose/testing/draw-figure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const W = 1280;
const H = 720;
const FPS = 30;

const PIPELINES = [
  'spotter:movenet-lightning',
  'spotter:movenet-thunder',
  'spotter:blazepose-full',
  'peer:movenet-lightning',
  'peer:movenet-thunder',
  'spotter-pool:movenet-lightning',
  'spotter-pool:movenet-thunder',
  'spotter-pool:blazepose-full',
] as const;
type Pipeline = (typeof PIPELINES)[number];

interface Truth {
  readonly heightPx: number;
  readonly joints: FigureJointsPx;
}

interface ChildResult {
  readonly pipeline: Pipeline;
  readonly frames: number;
  readonly found: number;
  readonly loopMs: number;
  readonly firstResultMs: number;
  readonly peakRssMb: number;
  /** CPU time of this process (all its threads; not the ffmpeg decoder) during the loop. */
  readonly cpuMs: number;
  /** Per frame: [lhip, rhip, lknee, rknee, lankle, rankle] as x,y (NaN when missing), full-clip pixels. */
  readonly legs: number[][];
}

function ffmpegPath(): string {
  try {
    const p = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path?: string }).path;
    if (p && existsSync(p)) return p;
  } catch {
    // fall through to the system binary
  }
  return 'ffmpeg';
}

/** The figure's joints at frame i: sways sideways and steps towards the camera, 6 s period. */
function figureAt(i: number): Truth {
  const t = i / FPS;
  const heightPx = 430 + 60 * Math.sin((2 * Math.PI * t) / 6);
  const cx = 640 + 220 * Math.sin((2 * Math.PI * t) / 4);
  return { heightPx, joints: standingFigure(cx, 660, heightPx) };
}

/** Ground truth written beside a rendered clip (fixtures/render/README.md). */
interface RenderTruth {
  readonly video: { readonly widthPx: number; readonly heightPx: number; readonly fps: number };
  readonly nearSide: 'left' | 'right';
  readonly names: readonly string[];
  readonly frames: readonly { readonly xy: readonly number[] }[];
}

/** A rendered clip with its truth (the leg press demo clip first), or undefined. */
function findRenderedClip(): { file: string; truth: RenderTruth } | undefined {
  const dir = path.join(ROOT, 'fixtures', 'render');
  if (!existsSync(dir)) return undefined;
  const clips = readdirSync(dir)
    .filter((n) => n.endsWith('.mp4') && existsSync(path.join(dir, n.replace(/\.mp4$/, '.truth.json'))))
    .sort((a, b) => Number(b.startsWith('faulty')) - Number(a.startsWith('faulty')) || a.localeCompare(b));
  const name = clips[0];
  if (name === undefined) return undefined;
  const truthFile = path.join(dir, name.replace(/\.mp4$/, '.truth.json'));
  return { file: path.join(dir, name), truth: JSON.parse(readFileSync(truthFile, 'utf8')) as RenderTruth };
}

function generateClip(seconds: number): string {
  const dir = path.join(ROOT, '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `figure-720p30-${seconds}s.mp4`);
  if (existsSync(file)) return file;
  const frames = Buffer.alloc(W * H * 3 * seconds * FPS);
  for (let i = 0; i < seconds * FPS; i++) {
    const f = blankFrame(W, H);
    const { heightPx, joints } = figureAt(i);
    drawFigure(f, joints, heightPx);
    frames.set(f.data, i * W * H * 3);
  }
  const r = spawnSync(
    ffmpegPath(),
    ['-v', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${W}x${H}`, '-r', `${FPS}`, '-i', '-',
      '-c:v', 'libx264', '-preset', 'fast', '-crf', '18', '-pix_fmt', 'yuv420p', file],
    { input: frames, maxBuffer: 1 << 20 },
  ); // prettier-ignore
  if (r.status !== 0) throw new Error(`ffmpeg failed to encode the bench clip: ${r.stderr?.toString()}`);
  return file;
}

/** Streams frames at full size as packed RGB (one frame buffered). */
async function* decode(file: string, w: number, h: number, maxFrames: number): AsyncGenerator<RgbFrame> {
  // Scaled to the bench size (720p): the figures are for a 720p clip whatever the source size.
  const args = ['-v', 'error', '-i', file, '-frames:v', `${maxFrames}`, '-vf', `scale=${w}:${h}`,
    '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']; // prettier-ignore
  const proc = spawn(ffmpegPath(), args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const frameBytes = w * h * 3;
  // Pipe chunks are ~64 KB: gather them and copy once per frame (concatenating per chunk is quadratic).
  let chunks: Buffer[] = [];
  let have = 0;
  for await (const chunk of proc.stdout as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    have += chunk.length;
    while (have >= frameBytes) {
      const all = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, have);
      yield { data: new Uint8Array(all.subarray(0, frameBytes)), widthPx: w, heightPx: h };
      const rest = all.subarray(frameBytes);
      chunks = rest.length > 0 ? [rest] : [];
      have = rest.length;
    }
  }
}

/** x, y of each evaluated joint (NaN when missing), in the clip's pixels. */
function legsOf(
  keypoints: readonly ({ x: number; y: number } | null | undefined)[],
  names: readonly string[],
  joints: readonly string[],
): number[] {
  return joints.flatMap((n) => {
    const k = keypoints[names.indexOf(n)];
    return k ? [k.x, k.y] : [NaN, NaN];
  });
}

interface ChildArgs {
  readonly clip: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly maxFrames: number;
  readonly joints: readonly string[];
}

async function runChild(pipeline: Pipeline, a: ChildArgs): Promise<ChildResult> {
  const clip = a.clip;
  const t0 = performance.now();
  const [kind, modelName] = pipeline.split(':') as [string, PoseModelName];
  const { initNodeWasmBackend } = await import('../src/adapters/node/tfjs-node-backend.js');
  const { createNodeModelFileSource } = await import('../src/adapters/node/model-files.js');
  const { MOVENET17_NAMES, BLAZEPOSE33_NAMES } = await import('../src/engine/core/landmarks.js');
  const names: readonly string[] = modelName === 'blazepose-full' ? BLAZEPOSE33_NAMES : MOVENET17_NAMES;
  const legs: number[][] = [];
  let firstResultMs = NaN;
  let found = 0;
  let frames = 0;
  let loopStart: number;
  let cpuStart: NodeJS.CpuUsage;

  if (kind === 'spotter-pool') {
    // The CLI's path: the teammate's worker pool (2 workers, own ffmpeg and backend each, 640 px analysis size).
    const { estimateVideoPoses } = await import('../src/adapters/node/pose-pool/pose-pool.js');
    const { locateFfmpeg } = await import('../src/adapters/node/video/locate-ffmpeg.js');
    const { probeVideo } = await import('../src/adapters/node/video/probe-video.js');
    const { unpackKeypoints } = await import('../src/adapters/node/pose-pool/pose-sample.js');
    const ffmpeg = locateFfmpeg();
    const probe = await probeVideo(ffmpeg, clip);
    loopStart = performance.now();
    cpuStart = process.cpuUsage();
    const r = await estimateVideoPoses({ ffmpeg, file: clip, probe, model: modelName, workers: 2 });
    const scale = a.widthPx / r.size.widthPx;
    frames = r.samples.length;
    found = r.samples.filter((s) => s.keypoints != null).length;
    for (const s of r.samples.slice(0, a.maxFrames)) {
      const kps = s.keypoints ? unpackKeypoints(s.keypoints) : [];
      legs.push(legsOf(kps, names, a.joints).map((v) => v * scale));
    }
    firstResultMs = (r.timings.firstResultMs ?? NaN) + (loopStart - t0);
  } else {
    const tf = await initNodeWasmBackend();
    const files = createNodeModelFileSource();
    let estimate: (
      frame: RgbFrame,
      tMs: number,
    ) => Promise<PoseEstimate | { keypoints: { x: number; y: number }[] } | null>;
    if (kind === 'spotter') {
      const { createPoseEstimator } = await import('../src/pose/create-pose-estimator.js');
      const est = await createPoseEstimator(modelName, { files, tf });
      estimate = (f, tMs) => est.estimate(f, tMs);
    } else {
      // Peer: official pose-detection MoveNet, weights from the same package via our io handler (no network).
      const pd = await import('@tensorflow-models/pose-detection');
      const { modelFileIoHandler } = await import('../src/pose/shared/load-graph-model.js');
      const thunder = modelName === 'movenet-thunder';
      const detector = await pd.createDetector(pd.SupportedModels.MoveNet, {
        modelType: thunder
          ? pd.movenet.modelType.SINGLEPOSE_THUNDER
          : pd.movenet.modelType.SINGLEPOSE_LIGHTNING,
        modelUrl: modelFileIoHandler(tf, files, `${modelName}.json`),
      });
      estimate = async (f, tMs) => {
        const image = tf.tensor3d(f.data, [f.heightPx, f.widthPx, 3], 'int32');
        try {
          const poses = await detector.estimatePoses(image, {}, tMs);
          return poses[0] ?? null;
        } finally {
          image.dispose();
        }
      };
    }
    loopStart = performance.now();
    cpuStart = process.cpuUsage();
    for await (const frame of decode(clip, a.widthPx, a.heightPx, a.maxFrames)) {
      const r = await estimate(frame, (frames * 1000) / FPS);
      if (frames === 0) firstResultMs = performance.now() - t0;
      frames++;
      if (r) found++;
      legs.push(r ? legsOf(r.keypoints, names, a.joints) : a.joints.flatMap(() => [NaN, NaN]));
    }
  }
  const loopMs = performance.now() - loopStart;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { pipeline, frames, found, loopMs, firstResultMs, peakRssMb, cpuMs, legs };
}

function spawnChild(pipeline: Pipeline, a: ChildArgs): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url);
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', self, '--child', pipeline, '--args', JSON.stringify(a)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"pipeline"'));
      if (code === 0 && line) resolve(JSON.parse(line) as ChildResult);
      else reject(new Error(`${pipeline} failed (exit ${code}): ${out.slice(-2000)}`));
    });
  });
}

interface Row {
  readonly pipeline: Pipeline;
  readonly fps: number;
  readonly cpuMsPerFrame: number;
  readonly rtf: number;
  readonly firstResultS: number;
  readonly peakRssMb: number;
  readonly foundPct: number;
  readonly medianErrPct?: number;
  readonly pck10?: number;
}

/** Per frame: the true position of each evaluated joint and the thigh length (the error unit). */
type TruthAt = (frame: number) => {
  readonly points: readonly (readonly [number, number])[];
  readonly thighPx: number;
};

/** Keypoint error against the clip's truth, as % of the thigh (hip-knee) length, the engine's body unit. */
function accuracy(r: ChildResult, truthAt: TruthAt): Pick<Row, 'medianErrPct' | 'pck10'> {
  const errs: number[] = [];
  r.legs.forEach((legs, i) => {
    const t = truthAt(i);
    t.points.forEach((p, k) => {
      const x = legs[2 * k] ?? NaN;
      const y = legs[2 * k + 1] ?? NaN;
      errs.push(Number.isFinite(x) ? (100 * Math.hypot(x - p[0], y - p[1])) / t.thighPx : Infinity);
    });
  });
  errs.sort((a, b) => a - b);
  return {
    medianErrPct: errs[Math.floor(errs.length / 2)] ?? NaN,
    pck10: (100 * errs.filter((e) => e <= 10).length) / Math.max(1, errs.length),
  };
}

function table(rows: readonly Row[]): string {
  const f = (v: number | undefined, d = 1): string =>
    v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(d);
  const lines = [
    '| pipeline | frames/s | CPU ms/frame | x real time | first result (s) | peak RSS (MB) | frames with a pose | median joint error (% thigh) | joints within 10% thigh |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.pipeline} | ${f(r.fps)} | ${f(r.cpuMsPerFrame, 0)} | ${f(r.rtf, 2)} | ${f(r.firstResultS, 2)} | ${f(r.peakRssMb, 0)} | ${f(r.foundPct, 0)}% | ${f(r.medianErrPct)} | ${f(r.pck10, 0)}% |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const child = arg('--child');
  if (child) {
    const r = await runChild(child as Pipeline, JSON.parse(arg('--args') ?? '{}') as ChildArgs);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const seconds = Number(arg('--seconds') ?? 10);
  const only = arg('--only')?.split(',');
  const pipelines = PIPELINES.filter((p) => !only || only.includes(p));
  const rendered = findRenderedClip();
  let childArgs: ChildArgs;
  let truthAt: TruthAt;
  let clipFps: number;
  if (rendered) {
    const t = rendered.truth;
    const near = t.nearSide;
    const joints = ['shoulder', 'hip', 'knee', 'ankle'].map((j) => `${near}_${j}`);
    const toBench = W / t.video.widthPx;
    const at = (k: number, n: string): [number, number] => {
      const xy = t.frames[k]?.xy ?? [];
      const i = t.names.indexOf(n);
      return [(xy[2 * i] ?? NaN) * toBench, (xy[2 * i + 1] ?? NaN) * toBench];
    };
    truthAt = (k) => {
      const hip = at(k, `${near}_hip`);
      const knee = at(k, `${near}_knee`);
      return { points: joints.map((n) => at(k, n)), thighPx: Math.hypot(hip[0] - knee[0], hip[1] - knee[1]) };
    };
    clipFps = t.video.fps;
    const maxFrames = Math.min(t.frames.length, Math.round(seconds * clipFps));
    childArgs = {
      clip: rendered.file,
      widthPx: W,
      heightPx: H,
      maxFrames,
      joints,
    };
    console.log(
      `clip: ${path.relative(ROOT, rendered.file)} (rendered leg press, ${t.video.widthPx}x${t.video.heightPx} scaled to ${W}x${H}, ${clipFps} fps), first ${maxFrames} frames; errors: near-side shoulder, hip, knee, ankle`,
    );
  } else {
    const joints = ['left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'];
    truthAt = (k) => {
      const j = figureAt(k).joints;
      const points = [j.leftHip, j.rightHip, j.leftKnee, j.rightKnee, j.leftAnkle, j.rightAnkle];
      return { points, thighPx: Math.hypot(j.leftHip[0] - j.leftKnee[0], j.leftHip[1] - j.leftKnee[1]) };
    };
    clipFps = FPS;
    const clip = generateClip(seconds);
    childArgs = { clip, widthPx: W, heightPx: H, maxFrames: seconds * FPS, joints };
    console.log(
      `clip: ${path.relative(ROOT, clip)} (generated: drawn figure, 1280x720, 30 fps; errors: hips, knees, ankles)`,
    );
  }
  const rows: Row[] = [];
  for (const p of pipelines) {
    const r = await spawnChild(p, childArgs);
    const fps = (1000 * r.frames) / r.loopMs;
    const row: Row = {
      pipeline: p,
      fps,
      cpuMsPerFrame: r.cpuMs / Math.max(1, r.frames),
      rtf: fps / clipFps,
      firstResultS: r.firstResultMs / 1000,
      peakRssMb: r.peakRssMb,
      foundPct: (100 * r.found) / Math.max(1, r.frames),
      ...accuracy(r, truthAt),
    };
    rows.push(row);
    console.log(table([row]).split('\n')[2]);
  }
  const md = table(rows);
  console.log(`\n${md}`);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`\nload average after the run: ${load} on ${os.cpus().length} cores`);
  console.log(
    `\nrun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, seconds=${seconds}, clip ${path.relative(ROOT, childArgs.clip)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
