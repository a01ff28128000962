/**
 * In-page benchmark hook (loaded only with `?bench` in the URL): pose inferences per second in the worker,
 * on real frames of the demo clip, measured as round trips (transfer + inference), one frame at a time.
 */
import { analysisSize, grabRgbFrame } from '../../src/adapters/browser/rgb-frame.js';
import type { PoseModelName, RgbFrame } from '../../src/pose/pose-estimator.js';
import { getPoseClient } from './pose/shared-client.js';
import type { BackendChoice } from './pose/protocol.js';
import { loadVideo } from './video/video-to-track.js';

export interface PoseBenchResult {
  readonly model: PoseModelName;
  readonly backend: string;
  readonly threads: number;
  readonly crossOriginIsolated: boolean;
  readonly frames: number;
  readonly inferencesPerS: number;
  readonly meanInferMs: number;
}

async function demoFrames(count: number, maxSidePx: number): Promise<RgbFrame[]> {
  const video = document.createElement('video');
  await loadVideo(video, 'demo/demo.mp4');
  const size = analysisSize(video.videoWidth, video.videoHeight, maxSidePx);
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const frames: RgbFrame[] = [];
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => {
      video.addEventListener('seeked', () => resolve(), { once: true });
      video.currentTime = (i / count) * video.duration;
    });
    frames.push(grabRgbFrame(video, ctx, size.widthPx, size.heightPx));
  }
  return frames;
}

export async function benchPose(
  model: PoseModelName,
  backend: BackendChoice,
  count = 100,
): Promise<PoseBenchResult> {
  const frames = await demoFrames(Math.min(count, 60), 480);
  const pose = await getPoseClient(model, backend);
  pose.reset();
  // Warm up on a few frames (tracking state, kernels), then time sequential round trips.
  for (let i = 0; i < 5; i++) await pose.estimate(frames[i % frames.length]!, i * 33);
  let inferMs = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const f = frames[i % frames.length]!;
    const copy = { ...f, data: f.data.slice() };
    inferMs += (await pose.estimate(copy, 1000 + i * 33)).inferMs;
  }
  const elapsedMs = performance.now() - t0;
  return {
    model,
    backend: pose.info?.backend ?? backend,
    threads: pose.info?.threads ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    frames: count,
    inferencesPerS: (count * 1000) / elapsedMs,
    meanInferMs: inferMs / count,
  };
}

(globalThis as unknown as { __spotterBench?: typeof benchPose }).__spotterBench = benchPose;
