/**
 * Runs pose estimation over a whole video on several cores. The video is cut into contiguous time ranges, one
 * per worker thread; each worker decodes its range with its own ffmpeg and estimates with its own tfjs backend,
 * so region-of-interest tracking stays intact inside a range. Results are stitched back in time order.
 * With one worker everything runs in this thread (no worker start-up, simplest to debug).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import type { SizePx } from '../video/analysis-size.js';
import { analysisSize } from '../video/analysis-size.js';
import type { DecodeOptions, DecodeSummary } from '../video/decode-frames.js';
import type { FfmpegTool } from '../video/locate-ffmpeg.js';
import type { VideoProbe } from '../video/probe-video.js';
import { estimateSegment } from './estimate-segment.js';
import { siblingModuleUrl } from './estimator-module.js';
import { loadForOneVideo, type KeptEstimators } from './kept-estimators.js';
import type { LandmarkSetId } from '../../../engine/index.js';
import { landmarkSetOf } from './samples-to-track.js';
import { planSegments, type VideoSegment } from './plan-segments.js';
import type { PoseSample } from './pose-sample.js';
import { unpackBatch } from './sample-batch.js';
import type { WorkerJob, WorkerMessage } from './worker-protocol.js';

export interface PoolOptions {
  readonly ffmpeg: FfmpegTool;
  readonly file: string;
  readonly probe: VideoProbe;
  readonly model: PoseModelName;
  /** Worker threads; 1 = run in this thread. */
  readonly workers: number;
  /** ffmpeg threads per decoder; undefined = 1 when split across workers, else ffmpeg's choice. */
  readonly decodeThreads?: number;
  readonly maxFps?: number;
  readonly maxSidePx?: number;
  /** Module exporting `createEstimator(model)`; defaults to the real models (node-estimator). */
  readonly estimatorModuleUrl?: string;
  /**
   * A process analysing video after video (a job worker): with one worker, keep the loaded model here between
   * videos instead of loading it for each. Worker threads (workers > 1) always load their own.
   */
  readonly keptEstimators?: KeptEstimators;
  readonly onProgress?: (framesDone: number, videoS: number) => void;
}

export interface PoolTimings {
  readonly wallMs: number;
  /** Slowest worker's model load. */
  readonly modelLoadMs: number;
  /** From the start to the first pose result of the first range. */
  readonly firstResultMs: number | undefined;
  /** Summed over workers (exceeds wallMs when workers overlap). */
  readonly estimateMs: number;
  readonly decodeWaitMs: number;
  /** Per range, from the start to its last result: how long one worker idles while the other finishes. */
  readonly rangeDoneMs: readonly number[];
}

export interface PoolResult {
  readonly samples: readonly PoseSample[];
  readonly size: SizePx;
  readonly segments: readonly VideoSegment[];
  /** As the estimator reported it (the keypoints' order). */
  readonly landmarkSet: LandmarkSetId;
  readonly summaries: readonly DecodeSummary[];
  readonly timings: PoolTimings;
}

interface SegmentOutcome {
  readonly samples: PoseSample[];
  readonly summary: DecodeSummary;
  readonly modelLoadMs: number;
  readonly firstResultMs: number | undefined;
  readonly estimateMs: number;
  readonly decodeMs: number;
  readonly landmarkSet: LandmarkSetId;
}

export function defaultEstimatorModuleUrl(): string {
  return siblingModuleUrl(import.meta.url, 'node-estimator').href;
}

/** Joins ranges in time order, dropping any frame a range repeats from the previous one's end. */
export function stitchSegments(parts: readonly (readonly PoseSample[])[]): PoseSample[] {
  const out: PoseSample[] = [];
  for (const part of parts) {
    const lastTS = out.at(-1)?.tS ?? Number.NEGATIVE_INFINITY;
    for (const sample of part) if (sample.tS > lastTS + 1e-6) out.push(sample);
  }
  return out;
}

/**
 * V8's young generation per worker isolate. By default each isolate lets its nursery grow to tens of MB; a
 * worker's garbage is small and short-lived (a crop buffer and a few result objects per frame, the big data
 * lives in the wasm heap), so 4 MB costs no measurable CPU and cut the pool's peak RSS with BlazePose and two
 * workers from 392 to 307 MB (docs/video.md).
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Compiled dist/ runs the worker file directly. TypeScript sources (tests, tsx) first register the tsx loader
 * inside the worker: loaders are per thread, and Node 20 ignores `--import` in a worker's execArgv.
 */
function startWorker(url: URL, job: WorkerJob): Worker {
  const limits = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: job, ...limits });
  // The ESM build of tsx's API (the package's "import" export; its CommonJS build cannot register from here).
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `(async () => { (await import(${JSON.stringify(tsxApi)})).register(); await import(${JSON.stringify(url.href)}); })();`;
  return new Worker(bootstrap, { eval: true, workerData: job, ...limits });
}

function runInWorker(
  job: WorkerJob,
  onSamples: (n: number, lastTS: number) => void,
  started: Worker[],
): Promise<SegmentOutcome> {
  const worker = startWorker(siblingModuleUrl(import.meta.url, 'pose-worker'), job);
  started.push(worker);
  const samples: PoseSample[] = [];
  return new Promise<SegmentOutcome>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'samples') {
        const batch = unpackBatch(message.batch);
        for (const sample of batch) samples.push(sample);
        onSamples(batch.length, samples.at(-1)?.tS ?? 0);
      } else if (message.type === 'done') {
        settled = true;
        void worker.terminate();
        resolve({
          samples,
          summary: message.summary,
          modelLoadMs: message.timings.modelLoadMs,
          firstResultMs: message.timings.firstResultMs,
          estimateMs: message.timings.estimateMs,
          decodeMs: message.timings.decodeMs,
          landmarkSet: message.landmarkSet,
        });
      } else {
        settled = true;
        void worker.terminate();
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`pose worker stopped unexpectedly (exit code ${code})`));
    });
  });
}

async function runInProcess(
  job: WorkerJob,
  onSamples: (n: number, lastTS: number) => void,
  kept: KeptEstimators | undefined,
): Promise<SegmentOutcome> {
  // Not awaited here: estimateSegment starts ffmpeg while the model loads.
  const load =
    kept?.lend(job.estimatorModuleUrl, job.model) ?? loadForOneVideo(job.estimatorModuleUrl, job.model);
  const samples: PoseSample[] = [];
  let ok = false;
  try {
    const { summary, timings, landmarkSet } = await estimateSegment(job.decode, load.loading, (sample) => {
      samples.push(sample);
      onSamples(1, sample.tS);
    });
    ok = true;
    return { samples, summary, modelLoadMs: load.modelLoadMs(), ...timings, landmarkSet };
  } finally {
    load.giveBack(ok);
  }
}

export async function estimateVideoPoses(options: PoolOptions): Promise<PoolResult> {
  const startMs = performance.now();
  const size = analysisSize(options.probe, options.maxSidePx);
  const segments = planSegments(options.probe.durationS, options.workers);
  const estimatorModuleUrl = options.estimatorModuleUrl ?? defaultEstimatorModuleUrl();
  const covered = segments.map(() => 0);
  let framesDone = 0;

  const jobs = segments.map((segment): WorkerJob => {
    const decode: DecodeOptions = {
      ffmpeg: options.ffmpeg,
      file: options.file,
      probe: options.probe,
      size,
      ...(options.maxFps !== undefined ? { maxFps: options.maxFps } : {}),
      startS: segment.startS,
      ...(segment.durationS !== undefined ? { durationS: segment.durationS } : {}),
      // Several decoders share the cores with inference; one decode thread each is plenty at 640 px.
      ...(options.decodeThreads !== undefined
        ? { threads: options.decodeThreads }
        : segments.length > 1
          ? { threads: 1 }
          : {}),
    };
    return { decode, model: options.model, estimatorModuleUrl };
  });
  const progress = (i: number) => (n: number, lastTS: number) => {
    framesDone += n;
    covered[i] = Math.max(0, lastTS - (segments[i]?.startS ?? 0));
    options.onProgress?.(
      framesDone,
      covered.reduce((a, b) => a + b, 0),
    );
  };

  const started: Worker[] = [];
  const rangeDoneMs = segments.map(() => 0);
  let outcomes: SegmentOutcome[];
  try {
    const timed = (outcome: Promise<SegmentOutcome>, i: number) =>
      outcome.then((o) => {
        rangeDoneMs[i] = performance.now() - startMs;
        return o;
      });
    outcomes =
      segments.length === 1
        ? [await timed(runInProcess(jobs[0] as WorkerJob, progress(0), options.keptEstimators), 0)]
        : await Promise.all(jobs.map((job, i) => timed(runInWorker(job, progress(i), started), i)));
  } catch (error) {
    // One range failed: stop the others (and their ffmpeg) instead of letting them run on unseen.
    await Promise.all(started.map((w) => w.terminate()));
    throw error;
  }

  return {
    samples: stitchSegments(outcomes.map((o) => o.samples)),
    size,
    segments,
    landmarkSet: outcomes[0]?.landmarkSet ?? landmarkSetOf(options.model),
    summaries: outcomes.map((o) => o.summary),
    timings: {
      wallMs: performance.now() - startMs,
      modelLoadMs: Math.max(...outcomes.map((o) => o.modelLoadMs)),
      firstResultMs: outcomes[0]?.firstResultMs,
      estimateMs: outcomes.reduce((a, o) => a + o.estimateMs, 0),
      decodeWaitMs: outcomes.reduce((a, o) => a + o.decodeMs, 0),
      rangeDoneMs,
    },
  };
}
