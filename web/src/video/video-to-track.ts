/**
 * Recorded video -> keypoint track, in the browser: the video is seeked to the frames the CLI would analyse (the
 * first of each 1/15 s slot, with the time it was filmed at), each drawn to a canvas at analysis size, read back
 * as RGB and sent to the pose worker. Nothing is uploaded.
 */
import { analysisSize, grabRgbFrame } from '../../../src/adapters/browser/rgb-frame.js';
import { LANDMARK_SETS, type KeypointTrack, type PoseFrame } from '../../../src/engine/index.js';
import {
  DEFAULT_ANALYSIS_MAX_FPS,
  DEFAULT_ANALYSIS_MAX_SIDE_PX,
} from '../../../src/pose/analysis-sampling.js';
import { selectFramesBySeeking } from '../../../src/pose/seek-frame-selection.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import type { PoseClient } from '../pose/pose-client.js';
import { getPoseClient } from '../pose/shared-client.js';
import { seekableVideo } from './seekable-video.js';

export interface VideoToTrackOptions {
  /** Frames per second sampled from the video; the CLI's rate by default (same footage, same analysis). */
  readonly sampleFps?: number;
  /** Long side of the analysed picture; the CLI's by default. */
  readonly maxSidePx?: number;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

function seek(video: HTMLVideoElement, tS: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      video.removeEventListener('seeked', done);
      video.removeEventListener('error', fail);
      resolve();
    };
    const fail = () => reject(new Error('The video could not be decoded by this browser.'));
    video.addEventListener('seeked', done);
    video.addEventListener('error', fail);
    video.currentTime = tS;
  });
}

export function loadVideo(video: HTMLVideoElement, src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = () => {
      cleanup();
      resolve();
    };
    const fail = () => {
      cleanup();
      reject(new Error('This video format cannot be played by this browser (try MP4/H.264 or WebM).'));
    };
    const cleanup = () => {
      video.removeEventListener('loadeddata', ok);
      video.removeEventListener('error', fail);
    };
    video.addEventListener('loadeddata', ok);
    video.addEventListener('error', fail);
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    video.src = src;
    video.load();
  });
}

/**
 * The video's length. A browser's own recording (MediaRecorder WebM) carries none in its header; seeking past
 * the end makes the browser scan it and learn it.
 */
async function knownDurationS(video: HTMLVideoElement): Promise<number> {
  if (Number.isFinite(video.duration)) return video.duration;
  await seek(video, 1e7);
  const durationS = Number.isFinite(video.duration) ? video.duration : video.currentTime;
  await seek(video, 0);
  return durationS;
}

export async function videoToTrack(
  video: HTMLVideoElement,
  pose: PoseClient,
  model: string,
  options: VideoToTrackOptions = {},
): Promise<KeypointTrack> {
  const durationS = await knownDurationS(video);
  if (!Number.isFinite(durationS) || durationS <= 0) throw new Error('The video has no duration.');
  const sampleFps = options.sampleFps ?? DEFAULT_ANALYSIS_MAX_FPS;
  const size = analysisSize(
    video.videoWidth,
    video.videoHeight,
    options.maxSidePx ?? DEFAULT_ANALYSIS_MAX_SIDE_PX,
  );
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx === null) throw new Error('Canvas 2D is not available.');
  pose.reset();
  const landmarkSet = pose.info?.landmarkSet ?? 'movenet17';
  const nobody = LANDMARK_SETS[landmarkSet].names.map(() => null);
  const frames: PoseFrame[] = [];
  for await (const tS of selectFramesBySeeking(seekableVideo(video, durationS), sampleFps)) {
    if (options.signal?.aborted) throw new DOMException('Analysis cancelled.', 'AbortError');
    const res = await pose.estimate(grabRgbFrame(video, ctx, size.widthPx, size.heightPx), tS * 1000);
    frames.push({ tS, keypoints: res.keypoints ?? nobody });
    options.onProgress?.(Math.min(1, tS / durationS));
  }
  const track: KeypointTrack = {
    landmarkSet,
    imageWidthPx: size.widthPx,
    imageHeightPx: size.heightPx,
    frames,
    source: { kind: 'video', model },
  };
  // For the evaluation against the CLI on real clips (scripts/eval-web-real.ts); stays in this page.
  (globalThis as { __spotterVideoTrack?: KeypointTrack }).__spotterVideoTrack = track;
  return track;
}

/** What `videoUrlToTrack` is doing, for a page's status line. */
export type VideoToTrackStage = 'loading-model' | 'reading-video' | 'finding-lifter';

/**
 * A video (object URL of a file or a recording) -> its keypoint track with the app's shared pose worker: the one
 * sequence every page that analyses a video runs (Analyse, Safe depth, Live's recording, a trainer's client).
 */
export async function videoUrlToTrack(
  url: string,
  model: PoseModelName,
  options: VideoToTrackOptions & {
    readonly onStage?: (stage: VideoToTrackStage, pose: PoseClient | null) => void;
  } = {},
): Promise<KeypointTrack> {
  const { onStage, ...trackOptions } = options;
  onStage?.('loading-model', null);
  const pose = await getPoseClient(model);
  onStage?.('reading-video', pose);
  const video = document.createElement('video');
  try {
    await loadVideo(video, url);
    onStage?.('finding-lifter', pose);
    return await videoToTrack(video, pose, model, trackOptions);
  } finally {
    video.removeAttribute('src');
  }
}
