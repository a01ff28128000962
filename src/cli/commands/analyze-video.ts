/**
 * `spotter analyze <video>`: decode the video with ffmpeg, estimate the lifter's pose on every analysed frame
 * (worker threads, one model each), run the engine on the keypoint track, then print the summary and write the
 * requested files. Files are written only after everything succeeded, each atomically.
 */
import type { VideoReportJson } from '../../formats/analysis-report/index.js';
import { serializeKeypointTrack } from '../../formats/keypoint-track/index.js';
import { reportToCsv } from '../../present/csv/report-csv.js';
import { renderHtmlReport } from '../../present/html/index.js';
import { formatReportText } from '../../present/terminal/format-report.js';
import { DEFAULT_POSE_MODEL, isPoseModelName, POSE_MODEL_NAMES } from '../../pose/create-pose-estimator.js';
import type { PoseModelName } from '../../pose/pose-estimator.js';
import { ModelFilesMissingError } from '../../adapters/node/model-files.js';
import {
  DEFAULT_ANALYSIS_MAX_FPS,
  LONG_VIDEO_MAX_FPS,
  LONG_VIDEO_S,
} from '../../adapters/node/video/analysis-size.js';
import {
  analyzeVideoFile,
  defaultPoseWorkers,
  NoPersonError,
  stageVideoTrack,
  videoSnapshots,
} from '../../adapters/node/video/analyze-video-file.js';
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
import { SAFE_DEPTH_HELP, parseSafeDepth } from '../safe-depth.js';

export const ANALYZE_VIDEO_HELP = `Usage:
  spotter analyze <video> [--json out.json] [--html out.html] [--save-track track.json] [options]

Analyses a side-view video of a leg press set on this computer (no upload): pose estimation, then a
rep-by-rep report of what went wrong and how to fix it. Any format ffmpeg reads (mp4, mov, mkv, webm, avi).

Options:
  --json FILE          write the JSON report ("-" = standard output instead of text)
  --html FILE          write a self-contained HTML report with snapshots and plots
  --csv FILE           write the per-rep table as CSV (one row per rep, for a spreadsheet)
  --save-track FILE    save the keypoint track, to re-analyse later with --keypoints (no model needed)
  --model NAME         pose model: ${POSE_MODEL_NAMES.join(', ')} (default ${DEFAULT_POSE_MODEL})
  --safe-depth DEG     ${SAFE_DEPTH_HELP}
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
  csv: { type: 'string' },
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
  const workers = positiveNumber(values.workers, 'workers', true) ?? defaultPoseWorkers();
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
      { flag: '--csv', path: values.csv, example: 'reps.csv' },
      { flag: '--json', path: values.json, example: 'report.json' },
    ],
  });
  try {
    return await run({ io, file, model, safeDepthDeg, maxDurationS, workers, maxFps, values, outputs });
  } catch (error) {
    if (error instanceof VideoError) throw videoCliError(error);
    if (error instanceof NoPersonError) throw new CliError(error.message, EXIT.analysisFailed, error.hint);
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
    csv?: string | undefined;
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
  const { io, file, values, outputs } = options;
  const quiet = values.quiet === true || outputs.usesStdout;
  let progress: ReturnType<typeof createProgressReporter> | undefined;
  const video = await analyzeVideoFile({
    file,
    model: options.model,
    workers: options.workers,
    safeDepthDeg: options.safeDepthDeg,
    maxDurationS: options.maxDurationS,
    maxFps: options.maxFps,
    estimatorModuleUrl: options.estimatorModuleUrl ?? process.env.SPOTTER_ESTIMATOR_MODULE,
    onProbe: (probe) => {
      progress = createProgressReporter({
        write: io.stderr,
        isTTY: io.isTTY,
        quiet,
        totalS: probe.durationS,
        label: `Analysing ${file.split(/[\\/]/).pop() ?? file}`,
      });
    },
    onProgress: (frames, videoS) => progress?.update(frames, videoS),
  });
  progress?.finish();
  const { track, analysis, notes, run: videoRun, fileName } = video;
  const { report } = analysis;

  // The track file is streamed to a temporary file from the compact samples, and moved into place with the
  // other outputs only after everything else has succeeded.
  if (values['save-track'] !== '-') {
    await outputs.stage('--save-track', (path) => stageVideoTrack(video, path));
  }
  // `shown` is what every output presents: under a red flag, the report without any training advice.
  const {
    report: shown,
    plan,
    triage,
  } = await planForReport(report, { answersPath: values.answers, logPath: values.log }, io);
  const jsonReport: VideoReportJson = { ...shown, plan, ...(triage && { triage }), ...videoRun };

  // Everything is computed: only now are files written (each atomically).
  const html =
    values.html !== undefined
      ? renderHtmlReport({
          surface: 'cli',
          report: shown,
          title: 'Spotter leg press report',
          sourceName: fileName,
          snapshots: await videoSnapshots(video),
          notes,
          plan,
          generatedAtIso: new Date().toISOString(),
        })
      : undefined;
  if (values['save-track'] === '-') await outputs.stage('--save-track', serializeKeypointTrack(track));
  if (html !== undefined) await outputs.stage('--html', html);
  if (values.csv !== undefined) await outputs.stage('--csv', reportToCsv(shown));
  await outputs.stage('--json', toJsonText(jsonReport));
  await outputs.commit(io);

  if (!quiet) {
    io.stdout(composeSetText(formatReportText(shown, { color: values.color === true }), plan));
    for (const note of notes) io.stdout(`Note: ${note}\n`);
    io.stdout(
      `Analysed ${videoRun.track.frames} frames with ${options.model} in ${(videoRun.timings.totalMs / 1000).toFixed(1)} s (${videoRun.timings.realTimeFactor}x real time).\n`,
    );
    const names: Readonly<Record<string, string>> = {
      '--json': 'JSON report',
      '--html': 'HTML report',
      '--csv': 'Per-rep CSV',
      '--save-track': 'Keypoint track',
    };
    for (const [flag, path] of outputs.files) io.stdout(`${names[flag] ?? flag} written to ${path}\n`);
  }
  return analysisExitCode(report, values['fail-on-alert'] === true);
}
