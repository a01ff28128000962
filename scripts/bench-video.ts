/**
 * `npm run bench:video`: pose throughput on a fixed clip, Spotter's estimators vs the official TF.js
 * pose-detection library (same MoveNet weights, loaded locally, plain decode-then-estimate loop).
 *
 * Each pipeline runs in its own child process (same script, same clip, same frames) so that peak RSS is
 * that pipeline's own, not the maximum of everything run before it.
 *
 *   npm run bench:video -- [--seconds 10] [--only pipeline:blazepose-full,peer:movenet-thunder,...]
 *
 * Clip: the first fixtures/render/**.mp4 if present, scaled to 1280x720 and cut to --seconds into one cached
 * file that every pipeline decodes; else a generated 1280x720 30 fps clip of a drawn figure (known joint
 * positions, so keypoint error against the truth is reported too).
 *
 * `pipeline:<model>` is what `spotter analyze` runs: probe, the pose pool (2 worker threads, each with its own
 * ffmpeg range and wasm backend, analysis size and frame-rate cap as in the CLI) and the engine on the track.
 * `peer:<model>` is @tensorflow-models/pose-detection in a plain decode-then-estimate loop over every frame.
 * `spotter:<model>` is Spotter's estimator alone in the same plain loop as the peer (same frames).
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
  'pipeline:blazepose-full',
  'pipeline:movenet-thunder',
  'pipeline:movenet-lightning',
  'peer:movenet-thunder',
  'peer:movenet-lightning',
  'spotter:blazepose-full',
  'spotter:movenet-thunder',
  'spotter:movenet-lightning',
] as const;
type Pipeline = (typeof PIPELINES)[number];
/** Run unless --only says otherwise: the CLI's pipeline for each model and the peer for each MoveNet. */
const DEFAULT_PIPELINES: readonly Pipeline[] = PIPELINES.filter((p) => !p.startsWith('spotter:'));
const POOL_WORKERS = 2;

interface Truth {
  readonly heightPx: number;
  readonly joints: FigureJointsPx;
}

interface ChildResult {
  readonly pipeline: Pipeline;
  readonly frames: number;
  /** Seconds of video covered (first to last analysed frame, plus one source frame). */
  readonly videoS: number;
  readonly found: number;
  readonly loopMs: number;
  readonly firstResultMs: number;
  readonly peakRssMb: number;
  /** CPU time of this process (all its threads; not the ffmpeg decoder) during the loop. */
  readonly cpuMs: number;
  /** CPU time of the ffmpeg decoders this process started and reaped during the loop (Linux), else NaN. */
  readonly childCpuMs: number;
  /** Per analysed frame: the evaluated joints as x,y (NaN when missing), in bench (1280x720) pixels. */
  readonly legs: number[][];
  /** Source frame index of each entry of `legs` (the pipeline analyses a subset at its frame-rate cap). */
  readonly frameIndex: number[];
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

/** User + system CPU of reaped child processes (ffmpeg), from /proc/self/stat; NaN where unavailable. */
function childCpuMs(): number {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 per s).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
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
  const { MOVENET17_NAMES, BLAZEPOSE33_NAMES } = await import('../src/engine/index.js');
  const names: readonly string[] = modelName.startsWith('blazepose') ? BLAZEPOSE33_NAMES : MOVENET17_NAMES;
  const legs: number[][] = [];
  let firstResultMs = NaN;
  let found = 0;
  let frames = 0;
  let videoS: number;
  const frameIndex: number[] = [];
  let loopStart: number;
  let cpuStart: NodeJS.CpuUsage;
  let childCpuStart: number;

  if (kind === 'pipeline') {
    // What `spotter analyze` runs (analyzeVideoFile): probe, the pose pool (decoding with its own ffmpeg per
    // worker range, at the CLI's analysis size and frame-rate cap), the input checks and the engine.
    const { analyzeVideoFile } = await import('../src/adapters/node/video/analyze-video-file.js');
    const { landmarkSetOf } = await import('../src/adapters/node/pose-pool/samples-to-track.js');
    const { LANDMARK_SETS } = await import('../src/engine/index.js');
    const { unpackKeypoints } = await import('../src/adapters/node/pose-pool/pose-sample.js');
    loopStart = performance.now();
    cpuStart = process.cpuUsage();
    childCpuStart = childCpuMs();
    const { pool: r } = await analyzeVideoFile({ file: clip, model: modelName, workers: POOL_WORKERS });
    const scale = a.widthPx / r.size.widthPx;
    frames = r.samples.length;
    found = r.samples.filter((s) => s.keypoints != null).length;
    for (const s of r.samples) {
      const kps = s.keypoints ? unpackKeypoints(s.keypoints, LANDMARK_SETS[landmarkSetOf(modelName)]) : [];
      legs.push(legsOf(kps, names, a.joints).map((v) => v * scale));
      frameIndex.push(Math.round(s.tS * FPS));
    }
    videoS = (r.samples.at(-1)?.tS ?? 0) - (r.samples[0]?.tS ?? 0) + 1 / FPS;
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
    childCpuStart = childCpuMs();
    for await (const frame of decode(clip, a.widthPx, a.heightPx, a.maxFrames)) {
      const r = await estimate(frame, (frames * 1000) / FPS);
      if (frames === 0) firstResultMs = performance.now() - t0;
      frameIndex.push(frames);
      frames++;
      if (r) found++;
      legs.push(r ? legsOf(r.keypoints, names, a.joints) : a.joints.flatMap(() => [NaN, NaN]));
    }
    videoS = frames / FPS;
  }
  const loopMs = performance.now() - loopStart;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // The decoders have exited by now (the loop read their output to the end), so their time is counted.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const childCpu = childCpuMs() - childCpuStart;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    pipeline,
    frames,
    videoS,
    found,
    loopMs,
    firstResultMs,
    peakRssMb,
    cpuMs,
    childCpuMs: childCpu,
    legs,
    frameIndex,
  };
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
  readonly frames: number;
  readonly fps: number;
  readonly cpuMsPerFrame: number;
  /** Seconds of video per wall-clock second. */
  readonly rtf: number;
  /** CPU seconds (all threads of the process, ffmpeg excluded) per second of video: steadier under load. */
  readonly cpuPerVideoS: number;
  /** The same with the ffmpeg decoders' CPU included: the whole cost of the pipeline. */
  readonly cpuAllPerVideoS: number;
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
    const t = truthAt(r.frameIndex[i] ?? i);
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

const fmt = (v: number | undefined, d = 1): string =>
  v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(d);

function table(rows: readonly Row[]): string {
  const f = fmt;
  const lines = [
    '| pipeline | frames | frames/s | x real time (wall) | CPU s per video s | with ffmpeg | CPU ms/frame | first result (s) | peak RSS (MB) | frames with a pose | median joint error (% thigh) | joints within 10% thigh |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.pipeline} | ${r.frames} | ${f(r.fps)} | ${f(r.rtf, 2)} | ${f(r.cpuPerVideoS, 2)} | ${f(r.cpuAllPerVideoS, 2)} | ${f(r.cpuMsPerFrame, 0)} | ${f(r.firstResultS, 2)} | ${f(r.peakRssMb, 0)} | ${f(r.foundPct, 0)}% | ${f(r.medianErrPct)} | ${f(r.pck10, 0)}% |`,
    ),
  ];
  return lines.join('\n');
}

/**
 * Spotter's pipeline against the peer, both measured in this run: throughput as video seconds per wall
 * second and, because the shared machine distorts wall time, as video seconds per CPU second; and the
 * keypoint error of each against the clip's truth (lower is better).
 */
function ratios(rows: readonly Row[]): string {
  const by = new Map(rows.map((r) => [r.pipeline, r]));
  const pairs: [Pipeline, Pipeline][] = [
    ['pipeline:movenet-thunder', 'peer:movenet-thunder'],
    ['pipeline:movenet-lightning', 'peer:movenet-lightning'],
    ['pipeline:blazepose-full', 'peer:movenet-thunder'],
    ['pipeline:blazepose-full', 'peer:movenet-lightning'],
  ];
  const lines = [
    '| Spotter pipeline | peer | throughput ratio (wall) | throughput ratio (CPU) | median error Spotter / peer (% thigh) | within 10% Spotter / peer |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const [a, b] of pairs) {
    const x = by.get(a);
    const y = by.get(b);
    if (!x || !y) continue;
    lines.push(
      `| ${a} | ${b} | ${fmt(x.rtf / y.rtf, 2)}x | ${fmt(y.cpuAllPerVideoS / x.cpuAllPerVideoS, 2)}x | ${fmt(x.medianErrPct)} / ${fmt(y.medianErrPct)} | ${fmt(x.pck10, 0)}% / ${fmt(y.pck10, 0)}% |`,
    );
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/** The rendered clip scaled to the bench size and cut to `seconds`, so every pipeline decodes the same file. */
function benchClip(source: string, seconds: number): string {
  const dir = path.join(ROOT, '.cache', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${path.basename(source, '.mp4')}-${W}x${H}-${seconds}s.mp4`);
  if (existsSync(file)) return file;
  const r = spawnSync(
    ffmpegPath(),
    ['-v', 'error', '-y', '-i', source, '-t', `${seconds}`, '-vf', `scale=${W}:${H}`, '-an',
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-pix_fmt', 'yuv420p', file],
  ); // prettier-ignore
  if (r.status !== 0) throw new Error(`ffmpeg failed to make the bench clip: ${r.stderr?.toString()}`);
  return file;
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
  const pipelines = only ? PIPELINES.filter((p) => only.includes(p)) : DEFAULT_PIPELINES;
  const rendered = findRenderedClip();
  let childArgs: ChildArgs;
  let truthAt: TruthAt;
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
    const clipFps = t.video.fps;
    const maxFrames = Math.min(t.frames.length, Math.round(seconds * clipFps));
    childArgs = {
      clip: benchClip(rendered.file, maxFrames / clipFps),
      widthPx: W,
      heightPx: H,
      maxFrames,
      joints,
    };
    console.log(
      `clip: ${path.relative(ROOT, rendered.file)} (rendered leg press, ${t.video.widthPx}x${t.video.heightPx} scaled to ${W}x${H}, ${clipFps} fps), first ${maxFrames} frames as ${path.relative(ROOT, childArgs.clip)}; errors: near-side shoulder, hip, knee, ankle`,
    );
  } else {
    const joints = ['left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle', 'right_ankle'];
    truthAt = (k) => {
      const j = figureAt(k).joints;
      const points = [j.leftHip, j.rightHip, j.leftKnee, j.rightKnee, j.leftAnkle, j.rightAnkle];
      return { points, thighPx: Math.hypot(j.leftHip[0] - j.leftKnee[0], j.leftHip[1] - j.leftKnee[1]) };
    };
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
      frames: r.frames,
      fps,
      cpuPerVideoS: r.cpuMs / 1000 / Math.max(1e-9, r.videoS),
      cpuAllPerVideoS: (r.cpuMs + r.childCpuMs) / 1000 / Math.max(1e-9, r.videoS),
      cpuMsPerFrame: r.cpuMs / Math.max(1, r.frames),
      rtf: r.videoS / (r.loopMs / 1000),
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
  const vs = ratios(rows);
  if (vs) console.log(`\n${vs}`);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(
    '\nx real time (wall) = video seconds / wall seconds; CPU s per video s: this process (all threads), then with' +
      ' its ffmpeg decoders; on 2 idle cores a pipeline that keeps both busy reaches 2 / (CPU s per video s) x real time.',
  );
  console.log(`\nload average after the run: ${load} on ${os.cpus().length} cores`);
  console.log(
    `\nrun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, seconds=${seconds}, clip ${path.relative(ROOT, childArgs.clip)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
