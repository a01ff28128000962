/**
 * Video file -> analysis: probe the video, estimate the lifter's pose on every analysed frame (worker threads,
 * one model each), check what the engine cannot see (damage, darkness, nobody in view), then run the engine on
 * the keypoint track. One module for every caller: `spotter analyze <video>`, the benchmark and the evaluation
 * scripts. Nothing is written here; the caller decides what to present and where.
 */
import { availableParallelism } from 'node:os';
import { analyzeTrackDetailed, type DetailedAnalysis, type KeypointTrack } from '../../../engine/index.js';
import type { VideoRunJson } from '../../../formats/analysis-report/index.js';
import type { PoseModelName } from '../../../pose/pose-estimator.js';
import { faultSnapshots } from '../../../present/html/fault-snapshots.js';
import type { FaultSnapshot } from '../../../present/html/types.js';
import type { KeptEstimators } from '../pose-pool/kept-estimators.js';
import { estimateVideoPoses, type PoolResult } from '../pose-pool/pose-pool.js';
import type { PoseSample } from '../pose-pool/pose-sample.js';
import { INPUT_LIMITS, sampleStats, type SampleStats } from '../pose-pool/sample-stats.js';
import { sampleToFrame, trackMeta } from '../pose-pool/samples-to-track.js';
import { writeTrackFile, type PendingFile } from '../pose-pool/write-track-file.js';
import { analysisMaxFps, DEFAULT_ANALYSIS_MAX_SIDE_PX } from './analysis-size.js';
import { extractJpegFrame } from './extract-snapshot.js';
import { locateFfmpeg, type FfmpegTool } from './locate-ffmpeg.js';
import { probeVideo, type VideoProbe } from './probe-video.js';
import { VideoError } from './video-error.js';

export interface AnalyzeVideoOptions {
  readonly file: string;
  readonly model: PoseModelName;
  /** Worker threads for pose estimation. */
  readonly workers: number;
  /**
   * ffmpeg decode threads; undefined = 1 per decoder when the video is split across pose threads, else ffmpeg's
   * choice (all cores). A server worker gives 1: several worker processes share the cores.
   */
  readonly decodeThreads?: number | undefined;
  /** The lifter's safe depth (hip flexion, deg); undefined = the engine's default. */
  readonly safeDepthDeg?: number | undefined;
  /** Refuse videos longer than this (seconds). */
  readonly maxDurationS?: number | undefined;
  /** Analyse at most this many frames per second; undefined = the default for the video's length. */
  readonly maxFps?: number | undefined;
  /** Tests: a module exporting `createEstimator(model)` instead of the real models. */
  readonly estimatorModuleUrl?: string | undefined;
  /** A process analysing video after video (a job worker) keeps its loaded model here between videos. */
  readonly keptEstimators?: KeptEstimators | undefined;
  /** Called once the video is probed, before any model is loaded. */
  readonly onProbe?: (probe: VideoProbe) => void;
  /** Pose estimation progress: frames done and seconds of video read. */
  readonly onProgress?: (frames: number, videoS: number) => void;
}

export interface VideoAnalysis {
  /** The video's path, as given. */
  readonly file: string;
  /** The file's name without its folders, as reports show it. */
  readonly fileName: string;
  readonly ffmpeg: FfmpegTool;
  readonly probe: VideoProbe;
  readonly pool: PoolResult;
  readonly stats: SampleStats;
  readonly meta: ReturnType<typeof trackMeta>;
  readonly track: KeypointTrack;
  readonly analysis: DetailedAnalysis;
  /** Input problems the engine cannot see, one sentence each. */
  readonly notes: readonly string[];
  /** The parts of the JSON report a video run adds (model, video, timings, track, notes). */
  readonly run: VideoRunJson;
}

/** Nobody could be analysed in the video (too dark, or no person in view); `hint` says how to refilm. */
export class NoPersonError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'NoPersonError';
  }
}

/** Rejects inputs that are not a moving video, before any model is loaded. */
function checkProbe(probe: VideoProbe, fileName: string, maxDurationS: number | undefined): void {
  if (probe.isStillImage) {
    throw new VideoError('still_image', `${fileName} is a still image, not a video of the set.`);
  }
  if (probe.durationS !== undefined && probe.durationS <= 0) {
    throw new VideoError('empty_file', `${fileName} has no length (0 s of video).`);
  }
  if (maxDurationS !== undefined && probe.durationS !== undefined && probe.durationS > maxDurationS) {
    throw new VideoError(
      'too_long',
      `${fileName} lasts ${Math.round(probe.durationS)} s, longer than --max-duration ${maxDurationS} s.`,
    );
  }
}

/** Did ffmpeg read the whole file? A stream that stops early with errors means a damaged or cut file. */
function checkDecode(pool: PoolResult, probe: VideoProbe, fileName: string): string[] {
  const notes: string[] = [];
  const frames = pool.samples.length;
  const failed = pool.summaries.some((s) => s.exitCode !== 0);
  if (frames === 0) {
    throw new VideoError('corrupt', `${fileName} could not be decoded: no picture could be read from it.`);
  }
  const readS = pool.samples.at(-1)?.tS ?? 0;
  const errors = pool.summaries.reduce((a, s) => a + s.decodeErrors, 0);
  if (
    probe.durationS !== undefined &&
    probe.durationS > 2 &&
    readS < probe.durationS * 0.9 - 1 &&
    (failed || errors > 0)
  ) {
    throw new VideoError(
      'truncated',
      `${fileName} is damaged or cut short: only ${readS.toFixed(1)} s of its ${probe.durationS.toFixed(1)} s could be read.`,
    );
  }
  if (errors > 0) notes.push(`ffmpeg reported ${errors} damaged packet(s); a few frames may be missing.`);
  return notes;
}

/** Input problems the engine cannot see (it never sees pixels). Fatal when there is nobody to analyse. */
function checkPeople(stats: SampleStats, fileName: string): string[] {
  const dark = stats.medianLuma < INPUT_LIMITS.darkLuma;
  if (stats.personFraction < INPUT_LIMITS.minPersonFraction) {
    throw new NoPersonError(
      dark
        ? `${fileName} is too dark: no person could be found (median brightness ${Math.round(stats.medianLuma)}/255).`
        : `No person was found in ${fileName} (a person was seen in ${Math.round(stats.personFraction * 100)}% of frames).`,
      dark
        ? 'Film with more light on the lifter and no bright window behind them.'
        : 'Film the lifter from the side with the whole body in the frame.',
    );
  }
  const notes: string[] = [];
  if (dark) {
    notes.push(
      `The video is very dark (median brightness ${Math.round(stats.medianLuma)}/255): keypoints are less reliable; film with more light.`,
    );
  }
  if (stats.crowdedFraction > INPUT_LIMITS.crowdedFraction) {
    notes.push(
      'Several people were in view: Spotter followed the person on the machine; keep others out of the shot to be sure.',
    );
  }
  return notes;
}

/**
 * Analyses one video file on this machine. Throws VideoError (the file cannot be read as a video of a set),
 * NoPersonError (nobody to analyse) or the pose adapters' errors (ModelFilesMissingError).
 */
export async function analyzeVideoFile(options: AnalyzeVideoOptions): Promise<VideoAnalysis> {
  const { file } = options;
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const startMs = performance.now();
  const ffmpeg = locateFfmpeg();
  const probe = await probeVideo(ffmpeg, file);
  checkProbe(probe, fileName, options.maxDurationS);
  options.onProbe?.(probe);

  const pool = await estimateVideoPoses({
    ffmpeg,
    file,
    probe,
    model: options.model,
    workers: options.workers,
    ...(options.decodeThreads !== undefined && { decodeThreads: options.decodeThreads }),
    maxFps: options.maxFps ?? analysisMaxFps(probe.durationS),
    maxSidePx: DEFAULT_ANALYSIS_MAX_SIDE_PX,
    ...(options.estimatorModuleUrl !== undefined && { estimatorModuleUrl: options.estimatorModuleUrl }),
    ...(options.keptEstimators !== undefined && { keptEstimators: options.keptEstimators }),
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
  });

  const notes = checkDecode(pool, probe, fileName);
  const stats = sampleStats(pool.samples);
  notes.push(...checkPeople(stats, fileName));
  if (pool.size.widthPx < probe.widthPx) {
    notes.push(
      `Analysed at ${pool.size.widthPx}x${pool.size.heightPx} (source ${probe.widthPx}x${probe.heightPx}).`,
    );
  }

  const meta = trackMeta(pool.size, options.model, file, pool.landmarkSet);
  const track: KeypointTrack = {
    ...meta,
    frames: pool.samples.map((s) => sampleToFrame(s, meta.landmarkSet)),
  };
  const analysisStart = performance.now();
  const analysis = analyzeTrackDetailed(track, {
    ...(options.safeDepthDeg !== undefined && { safeDepthDeg: options.safeDepthDeg }),
    includeSeries: true,
  });
  const analysisMs = performance.now() - analysisStart;

  const startS = pool.samples[0]?.tS ?? 0;
  const endS = pool.samples.at(-1)?.tS ?? 0;
  const poseS = pool.timings.wallMs / 1000;
  const run: VideoRunJson = {
    model: options.model,
    video: {
      file: fileName,
      format: probe.format,
      codec: probe.codec,
      widthPx: probe.widthPx,
      heightPx: probe.heightPx,
      rotationDeg: probe.rotationDeg,
      durationS: probe.durationS ?? null,
      fps: probe.fps ?? null,
      analysedWidthPx: pool.size.widthPx,
      analysedHeightPx: pool.size.heightPx,
      ffmpeg: ffmpeg.source,
    },
    timings: {
      totalMs: Math.round(performance.now() - startMs),
      poseMs: Math.round(pool.timings.wallMs),
      modelLoadMs: Math.round(pool.timings.modelLoadMs),
      firstResultMs: pool.timings.firstResultMs !== undefined ? Math.round(pool.timings.firstResultMs) : null,
      analysisMs: Math.round(analysisMs),
      framesPerS: Number((pool.samples.length / poseS).toFixed(1)),
      realTimeFactor: Number(((endS - startS) / poseS).toFixed(2)),
      workers: pool.segments.length,
    },
    track: {
      landmarkSet: track.landmarkSet,
      frames: stats.frames,
      framesWithPerson: stats.framesWithPerson,
      personFraction: Number(stats.personFraction.toFixed(3)),
      meanScore: Number(stats.meanScore.toFixed(3)),
      medianBrightness: Math.round(stats.medianLuma),
      startS,
      endS,
    },
    notes,
  };
  return { file, fileName, ffmpeg, probe, pool, stats, meta, track, analysis, notes, run };
}

/** The fault snapshots of the report, each with the video frame it shows under the skeleton. */
export async function videoSnapshots(video: VideoAnalysis): Promise<FaultSnapshot[]> {
  const { ffmpeg, file, track } = video;
  const snapshots: FaultSnapshot[] = [];
  for (const shot of faultSnapshots(video.analysis.report, track)) {
    const jpeg = await extractJpegFrame(ffmpeg, file, shot.atS, {
      widthPx: track.imageWidthPx,
      heightPx: track.imageHeightPx,
    });
    snapshots.push(
      jpeg !== undefined
        ? { ...shot, imageDataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}` }
        : shot,
    );
  }
  return snapshots;
}

/**
 * Writes the video's keypoint track (the `--save-track` file) from the compact samples, into a temporary file
 * the caller moves into place (`commit`) once everything else has succeeded.
 */
export function stageVideoTrack(video: VideoAnalysis, path: string): Promise<PendingFile> {
  const { pool, meta } = video;
  return writeTrackFile(path, meta, pool.samples.length, (i) =>
    sampleToFrame(pool.samples[i] as PoseSample, meta.landmarkSet),
  );
}

/** The default number of pose worker threads: the cores, at most 4. */
export function defaultPoseWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Analyses a video and saves its keypoint track at `trackPath` (the evaluation scripts' caches). */
export async function analyzeVideoToTrackFile(
  options: AnalyzeVideoOptions,
  trackPath: string,
): Promise<VideoAnalysis> {
  const video = await analyzeVideoFile(options);
  const pending = await stageVideoTrack(video, trackPath);
  await pending.commit();
  return video;
}

/** A failure of analyzeVideoFile in one line, for scripts that go on with the next video. */
export function describeVideoFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
