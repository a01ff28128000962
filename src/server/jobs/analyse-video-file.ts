/**
 * Analyses one uploaded video with the project's one "video file -> analysis" module (the code behind
 * `spotter analyze <video>`, the benchmark and the evaluations) and builds the typed JSON report the CLI writes
 * with `--json`, plus the keypoint track (`--save-track`). A video the analyser refuses (not a video, damaged,
 * nobody in it, too short...) is a final failure with the analyser's own message; a problem of the worker itself
 * (no ffmpeg, no model files, the stored file not visible from this machine) or a crash is thrown, so the job
 * engine retries it, perhaps on another worker.
 *
 * The analysis modules (ffmpeg, pose pool, engine, coach) are imported on the first job, not at start: a server
 * that has not analysed anything yet has not paid for loading them. A `spotter worker`, which exists to analyse,
 * loads them before it takes a job (preloadAnalysis).
 */
import type { VideoReportJson } from '../../formats/analysis-report/index.js';
import type { PoseModelName } from '../../pose/pose-estimator.js';

export type VideoAnalysisOutcome =
  | {
      readonly ok: true;
      /** The report exactly as `spotter analyze <video> --json` writes it. */
      readonly report: VideoReportJson;
      /** The keypoint track as `--save-track` writes it (docs/track-format.md), as JSON text. */
      readonly trackJson: string;
    }
  | { readonly ok: false; readonly error: string };

export interface VideoAnalysisOptions {
  /** Pose-estimation threads for this one video (a worker process runs one job at a time). */
  readonly poseThreads: number;
  /** Default: the CLI's default model. */
  readonly model?: PoseModelName;
  /** Tests and benchmarks: a module exporting `createEstimator(model)` instead of the real models. */
  readonly estimatorModuleUrl?: string | undefined;
}

/** Video errors that say the worker cannot read the video, not that the video is bad: retried. */
const WORKER_VIDEO_ERRORS: ReadonlySet<string> = new Set(['missing_ffmpeg', 'not_found']);

let loaded: ReturnType<typeof loadAnalysisModules> | undefined;

async function loadAnalysisModules() {
  const [video, pose, coach, words, videoError, engineErrors, track, kept] = await Promise.all([
    import('../../adapters/node/video/analyze-video-file.js'),
    import('../../pose/create-pose-estimator.js'),
    import('../../coach/index.js'),
    import('../../present/vocabulary/index.js'),
    import('../../adapters/node/video/video-error.js'),
    import('../../engine/index.js'),
    import('../../formats/keypoint-track/index.js'),
    import('../../adapters/node/pose-pool/kept-estimators.js'),
  ]);
  // A worker analyses video after video: the model stays loaded between them (reset before each).
  const estimators = kept.createKeptEstimators();
  return { video, pose, coach, words, videoError, engineErrors, track, estimators };
}

const analysisModules = () => (loaded ??= loadAnalysisModules());

/** Loads the analysis modules now rather than on the first job. */
export async function preloadAnalysis(): Promise<void> {
  await analysisModules();
}

export async function analyseVideoFile(
  file: string,
  options: VideoAnalysisOptions,
): Promise<VideoAnalysisOutcome> {
  const { video, pose, coach, words, videoError, engineErrors, track, estimators } = await analysisModules();
  try {
    const analysed = await video.analyzeVideoFile({
      file,
      model: options.model ?? pose.DEFAULT_POSE_MODEL,
      workers: options.poseThreads,
      // Other worker processes share the cores: one decode thread each, as one pose thread each.
      decodeThreads: 1,
      estimatorModuleUrl: options.estimatorModuleUrl,
      keptEstimators: estimators,
    });
    // The server has no back-pain answers or training log for the set: the plan is the report's own, as
    // `spotter analyze <video>` without --answers and --log, worded (as the CLI words its report) for the web
    // app that shows it.
    const advice = coach.adviseSet({ report: analysed.analysis.report });
    const report: VideoReportJson = {
      ...words.wordReport(advice.report, 'app'),
      plan: words.wordPlan(advice.plan, 'app'),
      ...analysed.run,
    };
    return { ok: true, report, trackJson: track.serializeKeypointTrack(analysed.track) };
  } catch (error) {
    if (error instanceof videoError.VideoError && !WORKER_VIDEO_ERRORS.has(error.code)) {
      return { ok: false, error: error.message };
    }
    if (error instanceof video.NoPersonError) return { ok: false, error: `${error.message} ${error.hint}` };
    if (error instanceof engineErrors.AnalysisError) {
      return { ok: false, error: `The set could not be analysed: ${error.message}` };
    }
    throw error;
  }
}
