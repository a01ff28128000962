/**
 * The end-of-set analysis: the set's recording goes through the recorded-video pipeline an uploaded video goes
 * through (the CLI's frame rate and picture size, the same pose model, a fresh tracking pass, the offline
 * engine), so the summary a lifter keeps is the one analysing the footage as a file would give.
 */
import {
  analyzeTrackDetailed,
  type DetailedAnalysis,
  type KeypointTrack,
} from '../../../src/engine/index.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import { videoUrlToTrack } from '../video/video-to-track.js';
import type { Recording } from './set-recorder.js';

export interface RecordingAnalysis {
  readonly analysis: DetailedAnalysis;
  readonly track: KeypointTrack;
  /** Object URL of the recording, for playback beside the analysis (revoked when the page is left). */
  readonly videoUrl: string;
}

export async function analyseRecording(
  recording: Recording,
  model: PoseModelName,
  options: { readonly safeDepthDeg?: number; readonly onProgress?: (fraction: number) => void } = {},
): Promise<RecordingAnalysis> {
  const videoUrl = URL.createObjectURL(recording.blob);
  try {
    const track = await videoUrlToTrack(videoUrl, model, {
      ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    });
    const analysis = analyzeTrackDetailed(track, {
      includeSeries: 800,
      ...(options.safeDepthDeg !== undefined && { safeDepthDeg: options.safeDepthDeg }),
    });
    return { analysis, track, videoUrl };
  } catch (err) {
    URL.revokeObjectURL(videoUrl);
    throw err;
  }
}
