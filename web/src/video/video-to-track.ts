/**
 * Recorded video -> keypoint track, in the browser: the video is seeked frame by frame, each frame drawn to a
 * canvas at analysis size, read back as RGB and sent to the pose worker. Nothing is uploaded.
 */
import { analysisSize, grabRgbFrame } from '../../../src/adapters/browser/rgb-frame.js';
import { LANDMARK_SETS } from '../../../src/engine/core/landmarks.js';
import type { KeypointTrack, PoseFrame } from '../../../src/engine/core/track.js';
import type { PoseClient } from '../pose/pose-client.js';

export interface VideoToTrackOptions {
  /** Frames per second sampled from the video. */
  readonly sampleFps: number;
  readonly maxSidePx: number;
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

export async function videoToTrack(
  video: HTMLVideoElement,
  pose: PoseClient,
  model: string,
  options: VideoToTrackOptions,
): Promise<KeypointTrack> {
  const durationS = video.duration;
  if (!Number.isFinite(durationS) || durationS <= 0) throw new Error('The video has no duration.');
  const size = analysisSize(video.videoWidth, video.videoHeight, options.maxSidePx);
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx === null) throw new Error('Canvas 2D is not available.');
  pose.reset();
  const landmarkSet = pose.info?.landmarkSet ?? 'movenet17';
  const nobody = LANDMARK_SETS[landmarkSet].names.map(() => null);
  const frames: PoseFrame[] = [];
  const count = Math.max(1, Math.floor(durationS * options.sampleFps));
  for (let i = 0; i < count; i++) {
    if (options.signal?.aborted) throw new DOMException('Analysis cancelled.', 'AbortError');
    const tS = i / options.sampleFps;
    await seek(video, tS);
    const res = await pose.estimate(grabRgbFrame(video, ctx, size.widthPx, size.heightPx), tS * 1000);
    frames.push({ tS, keypoints: res.keypoints ?? nobody });
    options.onProgress?.((i + 1) / count);
  }
  return {
    landmarkSet,
    imageWidthPx: size.widthPx,
    imageHeightPx: size.heightPx,
    frames,
    source: { kind: 'video', model },
  };
}
