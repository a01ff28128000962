/**
 * Camera -> pose frames, as fast as the pose worker keeps up, never queued: one frame is in the worker at a time,
 * and the next one is grabbed (the newest the camera has shown) the moment the worker is free, before the page
 * runs the coach on the answer just received, so the coach's work overlaps the next inference. Frames the camera
 * shows while the worker is busy are dropped. The pose model is loaded before the camera opens, so the set starts
 * when the camera does. The camera stream is also recorded (set-recorder.ts) for the end-of-set analysis.
 */
import { openCamera, stopCamera } from '../../../src/adapters/browser/camera.js';
import { analysisSize, grabRgbFrame } from '../../../src/adapters/browser/rgb-frame.js';
import { LANDMARK_SETS, type LandmarkSetId, type PoseFrame } from '../../../src/engine/index.js';
import type { PoseModelName, RgbFrame } from '../../../src/pose/pose-estimator.js';
import type { PoseClient, PoseResult } from '../pose/pose-client.js';
import { getPoseClient } from '../pose/shared-client.js';
import { SetRecorder, type Recording } from './set-recorder.js';

export interface SessionInfo {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly landmarkSet: LandmarkSetId;
  readonly model: PoseModelName;
  readonly backend: string;
  /** performance.now() when the camera stream opened (its first frame, and the recording's start). */
  readonly cameraOpenedAtMs: number;
}

export interface FrameTiming {
  /** performance.now() when the camera delivered the frame (its capture time when the browser knows it). */
  readonly capturedAtMs: number;
  readonly inferMs: number;
}

/** Live analysis size: the long side capped; the recording keeps the camera's own size for the summary. */
export const LIVE_MAX_SIDE_PX = 480;

interface FrameMeta {
  readonly captureTime?: number;
  readonly presentedFrames?: number;
}
type VideoWithRvfc = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (nowMs: number, meta: FrameMeta) => void) => number;
};

interface Grabbed {
  readonly tS: number;
  readonly capturedAtMs: number;
  readonly rgb: RgbFrame;
}

export class CameraSession {
  private stream: MediaStream | null = null;
  private running = false;
  private recorder: SetRecorder | null = null;
  private clock: FrameClock | null = null;
  info: SessionInfo | null = null;

  /** Loads the pose model, opens the camera, starts recording if asked and calls `onFrame` for every analysed frame. */
  async start(
    video: HTMLVideoElement,
    model: PoseModelName,
    onFrame: (frame: PoseFrame, timing: FrameTiming) => void,
    options: { readonly record?: boolean } = {},
  ): Promise<SessionInfo> {
    const pose: PoseClient = await getPoseClient(model);
    pose.reset();
    this.stream = await openCamera();
    const cameraOpenedAtMs = performance.now();
    // Recording starts with the camera, before the preview plays, so the set's first frames are in it.
    if (options.record === true) this.recorder = SetRecorder.start(this.stream);
    video.srcObject = this.stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
    if (video.videoWidth === 0)
      await new Promise((r) => video.addEventListener('loadedmetadata', r, { once: true }));
    const size = analysisSize(video.videoWidth, video.videoHeight, LIVE_MAX_SIDE_PX);
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
      cameraOpenedAtMs,
    };
    this.running = true;
    const t0Ms = performance.now();
    const frames = new FrameClock(video as VideoWithRvfc, () => this.running);
    this.clock = frames;

    const grab = (): Grabbed => {
      const capturedAtMs = frames.take();
      return {
        tS: Math.max(0, (capturedAtMs - t0Ms) / 1000),
        capturedAtMs,
        rgb: grabRgbFrame(video, ctx, size.widthPx, size.heightPx),
      };
    };
    const send = (g: Grabbed): Promise<{ g: Grabbed; res: PoseResult | null }> =>
      pose.estimate(g.rgb, g.tS * 1000).then(
        (res) => ({ g, res }),
        // A frame the worker failed on is dropped, not worth stopping the set for.
        () => ({ g, res: null }),
      );
    const deliver = (g: Grabbed, res: PoseResult | null) => {
      if (res === null || !this.running) return;
      onFrame(
        { tS: g.tS, keypoints: res.keypoints ?? nobody },
        { capturedAtMs: g.capturedAtMs, inferMs: res.inferMs },
      );
    };
    const run = async () => {
      let lastTS = -1;
      const next = async (): Promise<Grabbed | null> => {
        await frames.waitForNew();
        if (!this.running) return null;
        const g = grab();
        if (g.tS <= lastTS) return null;
        lastTS = g.tS;
        return g;
      };
      let inflight = (async () => {
        const g = await next();
        return g === null ? null : send(g);
      })();
      while (this.running) {
        const done = await inflight;
        if (!this.running) break;
        if (frames.hasNew()) {
          // Keep the worker busy: the next frame goes in before the coach runs on this one.
          const g = grab();
          lastTS = Math.max(lastTS, g.tS);
          inflight = Promise.resolve(send(g));
          if (done !== null) deliver(done.g, done.res);
        } else {
          if (done !== null) deliver(done.g, done.res);
          inflight = (async () => {
            const g = await next();
            return g === null ? null : send(g);
          })();
        }
      }
    };
    void run();
    return this.info;
  }

  /** Stops the camera and the pose loop; resolves to the set's recording (null when it could not be made). */
  async stop(): Promise<Recording | null> {
    this.running = false;
    this.clock?.release();
    this.clock = null;
    const recorder = this.recorder;
    this.recorder = null;
    const recording = recorder === null ? null : await recorder.stop();
    stopCamera(this.stream);
    this.stream = null;
    return recording;
  }
}

/** Which camera frames have been shown and not yet grabbed, from requestVideoFrameCallback (or animation frames). */
class FrameClock {
  private shown = 0;
  private taken = 0;
  private lastShownAtMs = performance.now();
  private waiter: (() => void) | null = null;

  constructor(
    private readonly video: VideoWithRvfc,
    private readonly alive: () => boolean,
  ) {
    this.listen();
  }

  private listen(): void {
    const onShown = (nowMs: number, meta?: FrameMeta) => {
      if (!this.alive()) return;
      this.shown++;
      // The camera's capture time when the browser gives it (same clock as performance.now()).
      this.lastShownAtMs = meta?.captureTime ?? nowMs;
      this.waiter?.();
      this.waiter = null;
      this.listen();
    };
    if (this.video.requestVideoFrameCallback) this.video.requestVideoFrameCallback(onShown);
    else requestAnimationFrame((now) => onShown(now));
  }

  hasNew(): boolean {
    return this.shown > this.taken;
  }

  /** Marks the newest shown frame as taken; returns when it was captured. */
  take(): number {
    this.taken = this.shown;
    return Math.min(this.lastShownAtMs, performance.now());
  }

  /** Lets a pending wait return (the session stopped). */
  release(): void {
    this.waiter?.();
    this.waiter = null;
  }

  waitForNew(): Promise<void> {
    if (this.hasNew() || !this.alive()) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}
