/**
 * A video file -> its keypoint track and report, on this device: the Analyse page's pipeline (pose worker,
 * frames seeked as the CLI samples them, the engine). Nothing leaves the device here.
 */
import { analyzeTrack, type AnalysisReport, type KeypointTrack } from '../../../../src/engine/index.js';
import { DEFAULT_POSE_MODEL } from '../../../../src/pose/create-pose-estimator.js';
import { getPoseClient } from '../../pose/shared-client.js';
import { loadVideo, videoToTrack } from '../../video/video-to-track.js';

export interface OnDeviceAnalysis {
  readonly track: KeypointTrack;
  readonly report: AnalysisReport;
}

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
  const video = document.createElement('video');
  try {
    options.onStatus('Loading the pose model…');
    const pose = await getPoseClient(DEFAULT_POSE_MODEL);
    options.onStatus('Reading the video…');
    await loadVideo(video, url);
    options.onStatus('Finding the lifter in each frame, on this device…');
    const track = await videoToTrack(video, pose, DEFAULT_POSE_MODEL, {
      signal: options.signal,
      onProgress: options.onProgress,
    });
    const report = analyzeTrack(
      track,
      options.safeDepthDeg !== undefined ? { safeDepthDeg: options.safeDepthDeg } : {},
    );
    return { track, report };
  } finally {
    video.removeAttribute('src');
    URL.revokeObjectURL(url);
  }
}
