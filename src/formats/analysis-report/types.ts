/**
 * The JSON report contract of `spotter analyze` (docs/cli.md "JSON report", BRIEF "Contracts"): what other tools
 * read. `--keypoints` writes a `SetReportJson`; a video adds what was decoded and how (`VideoReportJson`).
 * Types only: the CLI builds the objects, and their key order is the order written.
 */
import type { TriageResult } from '../../coach/index.js';
import type { AnalysisReport } from '../../engine/index.js';
import type { CoachPlanJson } from './plan-json.js';

/** The analysed set as presented (under a red flag, every fix replaced by the instruction to get care). */
export type SetReportJson = AnalysisReport & {
  /** The coach plan, worded (codes and parameters beside the words). */
  readonly plan: CoachPlanJson;
  /**
   * Present when back-pain answers were given (--answers): the CLI writes it worded (`TriageJson`, a TriageResult
   * with the words beside the codes).
   */
  readonly triage?: TriageResult;
};

/** The input video, as probed, and the size it was analysed at. */
export interface VideoInfoJson {
  readonly file: string;
  readonly format: string;
  readonly codec: string;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rotationDeg: number;
  readonly durationS: number | null;
  readonly fps: number | null;
  readonly analysedWidthPx: number;
  readonly analysedHeightPx: number;
  /** Where the ffmpeg binary came from. */
  readonly ffmpeg: string;
}

/** How long the run took, in milliseconds unless named otherwise. */
export interface VideoTimingsJson {
  readonly totalMs: number;
  readonly poseMs: number;
  readonly modelLoadMs: number;
  readonly firstResultMs: number | null;
  readonly analysisMs: number;
  readonly framesPerS: number;
  /** Seconds of video analysed per second of pose estimation. */
  readonly realTimeFactor: number;
  readonly workers: number;
}

/** The keypoint track the pose model produced. */
export interface VideoTrackJson {
  readonly landmarkSet: string;
  readonly frames: number;
  readonly framesWithPerson: number;
  readonly personFraction: number;
  readonly meanScore: number;
  /** Median luma of the analysed frames, 0-255. */
  readonly medianBrightness: number;
  readonly startS: number;
  readonly endS: number;
}

/** What a video run adds to the set report, in this order after it. */
export interface VideoRunJson {
  /** The pose model's name (`--model`). */
  readonly model: string;
  readonly video: VideoInfoJson;
  readonly timings: VideoTimingsJson;
  readonly track: VideoTrackJson;
  /** Input problems the engine cannot see (dark, crowded, damaged packets, downscaled). */
  readonly notes: readonly string[];
}

/** `spotter analyze <video> --json`. */
export type VideoReportJson = SetReportJson & VideoRunJson;
