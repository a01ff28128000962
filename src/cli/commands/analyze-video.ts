/**
 * `spotter analyze <video>`: decode the video with ffmpeg, estimate the lifter's pose on every analysed frame
 * (worker threads, one model each), run the engine on the keypoint track, then print the summary and write the
 * requested files. Files are written only after everything succeeded, each atomically.
 */
import { availableParallelism } from 'node:os';
import { analyzeTrackDetailed, type DetailedAnalysis } from '../../engine/analyze.js';
import type { KeypointTrack } from '../../engine/core/track.js';
import { serializeKeypointTrack } from '../../formats/keypoint-track/index.js';
import { faultSnapshots } from '../../present/html/fault-snapshots.js';
import { renderHtmlReport } from '../../present/html/index.js';
import type { FaultSnapshot } from '../../present/html/types.js';
import { formatReportText } from '../../present/terminal/format-report.js';
import { DEFAULT_POSE_MODEL, isPoseModelName, POSE_MODEL_NAMES } from '../../pose/create-pose-estimator.js';
import type { PoseModelName } from '../../pose/pose-estimator.js';
import { ModelFilesMissingError } from '../../adapters/node/model-files.js';
import { estimateVideoPoses, type PoolResult } from '../../adapters/node/pose-pool/pose-pool.js';
import { sampleToFrame, trackMeta } from '../../adapters/node/pose-pool/samples-to-track.js';
import type { PoseSample } from '../../adapters/node/pose-pool/pose-sample.js';
import { writeTrackFile } from '../../adapters/node/pose-pool/write-track-file.js';
import { INPUT_LIMITS, sampleStats, type SampleStats } from '../../adapters/node/pose-pool/sample-stats.js';
import {
  analysisMaxFps,
  DEFAULT_ANALYSIS_MAX_FPS,
  DEFAULT_ANALYSIS_MAX_SIDE_PX,
  LONG_VIDEO_MAX_FPS,
  LONG_VIDEO_S,
} from '../../adapters/node/video/analysis-size.js';
import { extractJpegFrame } from '../../adapters/node/video/extract-snapshot.js';
import { locateFfmpeg, type FfmpegTool } from '../../adapters/node/video/locate-ffmpeg.js';
import { probeVideo, type VideoProbe } from '../../adapters/node/video/probe-video.js';
import { VideoError, type VideoErrorCode } from '../../adapters/node/video/video-error.js';
import { createProgressReporter } from '../progress/progress-reporter.js';
import {
  analysisExitCode,
  CliError,
  EXIT,
  type CliIo,
  type CommandHandler,
  type ExitCode,
} from '../command.js';
import { parseOptions } from '../parse-options.js';
import { Outputs } from '../outputs.js';
import { toJsonText } from '../write-output.js';
import { composeSetText, planForReport } from '../coach-plan.js';
import { parseSafeDepth } from './analyze.js';

export const ANALYZE_VIDEO_HELP = `Usage:
  spotter analyze <video> [--json out.json] [--html out.html] [--save-track track.json] [options]

Analyses a side-view video of a leg press set on this computer (no upload): pose estimation, then a
rep-by-rep report of what went wrong and how to fix it. Any format ffmpeg reads (mp4, mov, mkv, webm, avi).

Options:
  --json FILE          write the JSON report ("-" = standard output instead of text)
  --html FILE          write a self-contained HTML report with snapshots and plots
  --save-track FILE    save the keypoint track, to re-analyse later with --keypoints (no model needed)
  --model NAME         pose model: ${POSE_MODEL_NAMES.join(', ')} (default ${DEFAULT_POSE_MODEL})
  --safe-depth DEG     your safe depth as hip flexion in degrees (60-150), e.g. from \`spotter calibrate\`
  --answers FILE       back-pain answers (docs/triage-answers.md): a red flag replaces training advice
  --log FILE           your training log (docs/log.md): rest, pain trend and load enter the coach plan
  --max-duration SEC   refuse videos longer than SEC seconds (batch jobs)
  --workers N          worker threads for pose estimation (default: number of cores, max 4)
  --fps N              analyse at most N frames per second (default ${
    DEFAULT_ANALYSIS_MAX_FPS === LONG_VIDEO_MAX_FPS
      ? DEFAULT_ANALYSIS_MAX_FPS
      : `${DEFAULT_ANALYSIS_MAX_FPS}; ${LONG_VIDEO_MAX_FPS} for recordings over ${LONG_VIDEO_S / 60} min`
  })
  --fail-on-alert      exit 1 when an alert-level fault was found, 6 when the set could not be judged
  --color              colour the text output
  -q, --quiet          no progress and no summary, only errors
  -h, --help           show this help

Example:
  spotter analyze set.mp4 --html report.html --json report.json

Details: docs/video.md. Exit codes: docs/cli.md.
`;

const OPTIONS = {
  json: { type: 'string' },
  answers: { type: 'string' },
  log: { type: 'string' },
  html: { type: 'string' },
  'save-track': { type: 'string' },
  model: { type: 'string' },
  'safe-depth': { type: 'string' },
  'max-duration': { type: 'string' },
  workers: { type: 'string' },
  fps: { type: 'string' },
  'fail-on-alert': { type: 'boolean' },
  color: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const VIDEO_HINTS: Readonly<Record<VideoErrorCode, string>> = {
  missing_ffmpeg: 'Or analyse a saved keypoint track: spotter analyze --keypoints track.json',
  not_found: 'Check the path (quote it if it contains spaces).',
  empty_file: 'The file has no content; copy it from the phone again.',
  not_a_video: 'Give a video file (mp4, mov, mkv, webm...) of the set filmed from the side.',
  audio_only: 'Export the video with its picture, not only the sound.',
  still_image: 'Film the whole set as a video; a photo cannot show movement.',
  corrupt: 'Export or copy the video again; if it plays in a video player, convert it with ffmpeg first.',
  truncated: 'The recording may have been interrupted; copy or export it again.',
  too_long: 'Trim the video to the set, or raise --max-duration.',
};

function videoCliError(error: VideoError): CliError {
  const exit = error.code === 'missing_ffmpeg' ? EXIT.missingTool : EXIT.badInput;
  return new CliError(error.message, exit, VIDEO_HINTS[error.code]);
}

function positiveNumber(text: string | undefined, option: string, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new CliError(
      `--${option} must be a positive ${integer ? 'whole ' : ''}number, got "${text}".`,
      EXIT.usage,
    );
  }
  return value;
}

function parseModel(text: string | undefined): PoseModelName {
  if (text === undefined) return DEFAULT_POSE_MODEL;
  if (!isPoseModelName(text)) {
    throw new CliError(
      `Unknown model "${text}".`,
      EXIT.usage,
      `Choose one of: ${POSE_MODEL_NAMES.join(', ')}.`,
    );
  }
  return text;
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
    throw new CliError(
      dark
        ? `${fileName} is too dark: no person could be found (median brightness ${Math.round(stats.medianLuma)}/255).`
        : `No person was found in ${fileName} (a person was seen in ${Math.round(stats.personFraction * 100)}% of frames).`,
      EXIT.analysisFailed,
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

/** One snapshot per fault occurrence (most serious first), skeleton from the raw track frame at that time. */
/** The fault snapshots of the report, each with the video frame it shows under the skeleton. */
async function buildSnapshots(
  ffmpeg: FfmpegTool,
  file: string,
  track: KeypointTrack,
  analysis: DetailedAnalysis,
): Promise<FaultSnapshot[]> {
  const snapshots: FaultSnapshot[] = [];
  for (const shot of faultSnapshots(analysis.report, track)) {
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

function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export const analyzeVideoCommand: CommandHandler = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, 'spotter analyze', true);
  if (values.help) {
    io.stdout(ANALYZE_VIDEO_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new CliError(
      'Give exactly one video file.',
      EXIT.usage,
      'Run `spotter analyze <video> --help` for the options.',
    );
  }
  const file = positionals[0] as string;
  const model = parseModel(values.model);
  const safeDepthDeg = parseSafeDepth(values['safe-depth']);
  const maxDurationS = positiveNumber(values['max-duration'], 'max-duration', false);
  const workers = positiveNumber(values.workers, 'workers', true) ?? defaultWorkers();
  const maxFps = positiveNumber(values.fps, 'fps', false);
  // Every output path is checked before the (long) analysis; they are all written together at the end.
  const outputs = await Outputs.check(io, {
    inputs: [
      { path: file, what: 'the video being analysed' },
      { path: values.answers, what: 'the back-pain answers file (--answers)' },
      { path: values.log, what: 'the training log (--log)' },
    ],
    outputs: [
      { flag: '--save-track', path: values['save-track'], example: 'track.json' },
      { flag: '--html', path: values.html, example: 'report.html' },
      { flag: '--json', path: values.json, example: 'report.json' },
    ],
  });
  try {
    return await run({ io, file, model, safeDepthDeg, maxDurationS, workers, maxFps, values, outputs });
  } catch (error) {
    if (error instanceof VideoError) throw videoCliError(error);
    if (error instanceof ModelFilesMissingError) throw new CliError(error.message, EXIT.missingTool);
    throw error;
  } finally {
    await outputs.discard(); // temporary files of a failed run; a no-op once committed
  }
};

interface RunOptions {
  readonly io: CliIo;
  readonly file: string;
  readonly model: PoseModelName;
  readonly safeDepthDeg: number | undefined;
  readonly maxDurationS: number | undefined;
  readonly workers: number;
  /** Undefined = the default for the video's length (analysisMaxFps). */
  readonly maxFps: number | undefined;
  readonly values: {
    json?: string | undefined;
    answers?: string | undefined;
    log?: string | undefined;
    html?: string | undefined;
    'save-track'?: string | undefined;
    'fail-on-alert'?: boolean | undefined;
    color?: boolean | undefined;
    quiet?: boolean | undefined;
  };
  /** The checked output paths; files are staged as they are ready and committed together. */
  readonly outputs: Outputs;
  /** Tests: a module exporting `createEstimator(model)` instead of the real models. */
  readonly estimatorModuleUrl?: string;
}

async function run(options: RunOptions): Promise<ExitCode> {
  const { io, file, values } = options;
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const startMs = performance.now();
  const ffmpeg = locateFfmpeg();
  const probe = await probeVideo(ffmpeg, file);
  checkProbe(probe, fileName, options.maxDurationS);

  const quiet = values.quiet === true || options.outputs.usesStdout;
  const progress = createProgressReporter({
    write: io.stderr,
    isTTY: io.isTTY,
    quiet,
    totalS: probe.durationS,
    label: `Analysing ${fileName}`,
  });
  const estimatorModuleUrl = options.estimatorModuleUrl ?? process.env.SPOTTER_ESTIMATOR_MODULE;
  const pool = await estimateVideoPoses({
    ffmpeg,
    file,
    probe,
    model: options.model,
    workers: options.workers,
    maxFps: options.maxFps ?? analysisMaxFps(probe.durationS),
    maxSidePx: DEFAULT_ANALYSIS_MAX_SIDE_PX,
    ...(estimatorModuleUrl !== undefined ? { estimatorModuleUrl } : {}),
    onProgress: (frames, videoS) => progress.update(frames, videoS),
  });
  progress.finish();

  const notes = checkDecode(pool, probe, fileName);
  const stats = sampleStats(pool.samples);
  notes.push(...checkPeople(stats, fileName));
  if (pool.size.widthPx < probe.widthPx) {
    notes.push(
      `Analysed at ${pool.size.widthPx}x${pool.size.heightPx} (source ${probe.widthPx}x${probe.heightPx}).`,
    );
  }

  // The track file is streamed to a temporary file now, from the compact samples, and moved into place with
  // the other outputs only after everything else has succeeded.
  const meta = trackMeta(pool.size, options.model, file, pool.landmarkSet);
  if (values['save-track'] !== '-') {
    await options.outputs.stage('--save-track', (path) =>
      writeTrackFile(path, meta, pool.samples.length, (i) =>
        sampleToFrame(pool.samples[i] as PoseSample, meta.landmarkSet),
      ),
    );
  }
  return finish({ ...options, probe, ffmpeg, pool, notes, stats, meta, startMs, fileName, quiet });
}

interface FinishOptions extends RunOptions {
  readonly probe: VideoProbe;
  readonly ffmpeg: FfmpegTool;
  readonly pool: PoolResult;
  readonly notes: string[];
  readonly stats: SampleStats;
  readonly meta: ReturnType<typeof trackMeta>;
  readonly startMs: number;
  readonly fileName: string;
  readonly quiet: boolean;
}

async function finish(options: FinishOptions): Promise<ExitCode> {
  const { io, file, values, probe, ffmpeg, pool, notes, stats, meta, startMs, fileName, quiet, outputs } =
    options;
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
  const { report } = analysis;

  const durationS = (pool.samples.at(-1)?.tS ?? 0) - (pool.samples[0]?.tS ?? 0);
  const timings = {
    totalMs: Math.round(performance.now() - startMs),
    poseMs: Math.round(pool.timings.wallMs),
    modelLoadMs: Math.round(pool.timings.modelLoadMs),
    firstResultMs: pool.timings.firstResultMs !== undefined ? Math.round(pool.timings.firstResultMs) : null,
    analysisMs: Math.round(analysisMs),
    framesPerS: Number((pool.samples.length / (pool.timings.wallMs / 1000)).toFixed(1)),
    realTimeFactor: Number((durationS / (pool.timings.wallMs / 1000)).toFixed(2)),
    workers: pool.segments.length,
  };
  // `shown` is what every output presents: under a red flag, the report without any training advice.
  const {
    report: shown,
    plan,
    triage,
  } = await planForReport(report, { answersPath: values.answers, logPath: values.log }, io);
  const jsonReport = {
    ...shown,
    plan,
    ...(triage && { triage }),
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
    timings,
    track: {
      landmarkSet: track.landmarkSet,
      frames: stats.frames,
      framesWithPerson: stats.framesWithPerson,
      personFraction: Number(stats.personFraction.toFixed(3)),
      meanScore: Number(stats.meanScore.toFixed(3)),
      medianBrightness: Math.round(stats.medianLuma),
      startS: pool.samples[0]?.tS ?? 0,
      endS: pool.samples.at(-1)?.tS ?? 0,
    },
    notes,
  };

  // Everything is computed: only now are files written (each atomically).
  const html =
    values.html !== undefined
      ? renderHtmlReport({
          report: shown,
          title: 'Spotter leg press report',
          sourceName: fileName,
          snapshots: await buildSnapshots(ffmpeg, file, track, analysis),
          notes,
          plan,
          generatedAtIso: new Date().toISOString(),
        })
      : undefined;
  if (values['save-track'] === '-') await outputs.stage('--save-track', serializeKeypointTrack(track));
  if (html !== undefined) await outputs.stage('--html', html);
  await outputs.stage('--json', toJsonText(jsonReport));
  await outputs.commit(io);

  if (!quiet) {
    io.stdout(composeSetText(formatReportText(shown, { color: values.color === true }), plan));
    for (const note of notes) io.stdout(`Note: ${note}\n`);
    io.stdout(
      `Analysed ${stats.frames} frames with ${options.model} in ${(timings.totalMs / 1000).toFixed(1)} s (${timings.realTimeFactor}x real time).\n`,
    );
    const names: Readonly<Record<string, string>> = {
      '--json': 'JSON report',
      '--html': 'HTML report',
      '--save-track': 'Keypoint track',
    };
    for (const [flag, path] of outputs.files) io.stdout(`${names[flag] ?? flag} written to ${path}\n`);
  }
  return analysisExitCode(report, values['fail-on-alert'] === true);
}
