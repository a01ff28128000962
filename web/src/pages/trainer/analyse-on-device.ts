/**
 * A video file -> its keypoint track and report, on this device: the Analyse page's pipeline (pose worker,
 * frames seeked as the CLI samples them, the engine). Nothing leaves the device here.
 */
import { analyzeTrack, type AnalysisReport, type KeypointTrack } from '../../../../src/engine/index.js';
import { DEFAULT_POSE_MODEL } from '../../../../src/pose/create-pose-estimator.js';
import { videoUrlToTrack, type VideoToTrackStage } from '../../video/video-to-track.js';

export interface OnDeviceAnalysis {
  readonly track: KeypointTrack;
  readonly report: AnalysisReport;
}

const STAGE_STATUS: Record<VideoToTrackStage, string> = {
  'loading-model': 'Loading the pose model…',
  'reading-video': 'Reading the video…',
  'finding-lifter': 'Finding the lifter in each frame, on this device…',
};

export async function analyseOnDevice(
  file: File,
  options: {
    readonly safeDepthDeg?: number;
    readonly signal: AbortSignal;
    readonly onStatus: (status: string) => void;
    readonly onProgress: (fraction: number) => void;
  },
): Promise<OnDeviceAnalysis> {
  const url = URL.createObjectURL(file);
  try {
    const track = await videoUrlToTrack(url, DEFAULT_POSE_MODEL, {
      signal: options.signal,
      onProgress: options.onProgress,
      onStage: (stage) => options.onStatus(STAGE_STATUS[stage]),
    });
    const report = analyzeTrack(
      track,
      options.safeDepthDeg !== undefined ? { safeDepthDeg: options.safeDepthDeg } : {},
    );
    return { track, report };
  } finally {
    URL.revokeObjectURL(url);
  }
}
