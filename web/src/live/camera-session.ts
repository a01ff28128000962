/**
 * Camera -> pose frames, as fast as the worker keeps up: each new video frame is grabbed only when the
 * previous one has been answered (no queue build-up, so cues stay current).
 */
import { openCamera, stopCamera } from '../../../src/adapters/browser/camera.js';
import { analysisSize, grabRgbFrame } from '../../../src/adapters/browser/rgb-frame.js';
import { LANDMARK_SETS, type LandmarkSetId } from '../../../src/engine/core/landmarks.js';
import type { PoseFrame } from '../../../src/engine/core/track.js';
import type { PoseModelName } from '../../../src/pose/pose-estimator.js';
import type { PoseClient } from '../pose/pose-client.js';
import { getPoseClient } from '../pose/shared-client.js';

export interface SessionInfo {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly landmarkSet: LandmarkSetId;
  readonly model: PoseModelName;
  readonly backend: string;
}

export interface FrameTiming {
  /** performance.now() when the frame was grabbed. */
  readonly grabbedAtMs: number;
  readonly inferMs: number;
}

type VideoWithRvfc = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: () => void) => number;
};

export class CameraSession {
  private stream: MediaStream | null = null;
  private running = false;
  private t0Ms = 0;
  info: SessionInfo | null = null;

  async start(
    video: HTMLVideoElement,
    model: PoseModelName,
    onFrame: (frame: PoseFrame, timing: FrameTiming) => void,
  ): Promise<SessionInfo> {
    this.stream = await openCamera();
    video.srcObject = this.stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
    if (video.videoWidth === 0)
      await new Promise((r) => video.addEventListener('loadedmetadata', r, { once: true }));
    const pose: PoseClient = await getPoseClient(model);
    pose.reset();
    const size = analysisSize(video.videoWidth, video.videoHeight, 480);
    const canvas = document.createElement('canvas');
    canvas.width = size.widthPx;
    canvas.height = size.heightPx;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const landmarkSet = pose.info?.landmarkSet ?? 'movenet17';
    const nobody = LANDMARK_SETS[landmarkSet].names.map(() => null);
    this.info = {
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      landmarkSet,
      model,
      backend: `${pose.info?.backend ?? '?'}${pose.info && pose.info.threads > 1 ? ` ×${pose.info.threads}` : ''}`,
    };
    this.running = true;
    this.t0Ms = performance.now();
    let lastTS = -1;
    const v = video as VideoWithRvfc;
    const next = () => {
      if (!this.running) return;
      if (v.requestVideoFrameCallback) v.requestVideoFrameCallback(() => void step());
      else requestAnimationFrame(() => void step());
    };
    const step = async () => {
      if (!this.running) return;
      const grabbedAtMs = performance.now();
      const tS = (grabbedAtMs - this.t0Ms) / 1000;
      if (tS > lastTS) {
        lastTS = tS;
        try {
          const res = await pose.estimate(grabRgbFrame(video, ctx, size.widthPx, size.heightPx), tS * 1000);
          if (this.running)
            onFrame({ tS, keypoints: res.keypoints ?? nobody }, { grabbedAtMs, inferMs: res.inferMs });
        } catch {
          // A dropped frame is not worth stopping the set for.
        }
      }
      next();
    };
    next();
    return this.info;
  }

  stop(): void {
    this.running = false;
    stopCamera(this.stream);
    this.stream = null;
  }
}
