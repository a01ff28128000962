/**
 * BlazePose full with tracking: the landmark crop for the next frame comes from this frame's alignment
 * landmarks; the person detector runs only when the tracked crop loses the person (or on the first frame).
 * With several people detected, the one nearest the last tracked position (else the largest) is kept.
 */
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type * as tfc from '@tensorflow/tfjs-core';
import type { BoxPx, PoseEstimate, PoseEstimator, RgbFrame } from '../pose-estimator.js';
import type { PoseEstimatorDeps, PoseEstimatorOptions, TfCore } from '../pose-estimator-deps.js';
import { fullFrameRoi } from '../roi/roi-geometry.js';
import { loadGraphModelFromFiles, signatureInputSizePx } from '../shared/load-graph-model.js';
import { sampleCropFloat } from '../shared/sample-crop.js';
import { alignmentRoi, type PointPx } from './alignment-roi.js';
import { createDetectorAnchors, type Anchor } from './anchors.js';
import {
  BLAZEPOSE_DETECTOR_FILE,
  BLAZEPOSE_LANDMARKS_FILES,
  type BlazePoseModelName,
  DEFAULT_BLAZEPOSE_CONFIG,
  DETECTOR_INPUT_PX,
  LANDMARKS_INPUT_PX,
  type BlazePoseConfig,
} from './constants.js';
import { decodeDetections, type PersonDetection } from './decode-detections.js';
import { decodeLandmarks, type DecodedLandmarks } from './decode-landmarks.js';

interface LandmarkResult extends DecodedLandmarks {
  readonly score: number;
  readonly roi: BoxPx;
}

export class BlazePoseEstimator implements PoseEstimator {
  readonly landmarkSet = 'blazepose33' as const;
  private tracked: BoxPx | null = null;
  private lastHip: PointPx | null = null;
  private disposed = false;
  /**
   * Crop buffers reused from frame to frame (0.6-0.8 MB each): a new one per inference churned the worker's
   * native heap. Safe because each input tensor is created and disposed inside one tidy.
   */
  private readonly detectorInput = new Float32Array(DETECTOR_INPUT_PX * DETECTOR_INPUT_PX * 3);
  private readonly landmarksInput = new Float32Array(LANDMARKS_INPUT_PX * LANDMARKS_INPUT_PX * 3);

  private constructor(
    readonly model: BlazePoseModelName,
    private readonly tf: TfCore,
    private readonly detector: GraphModel,
    private readonly landmarks: GraphModel,
    private readonly anchors: readonly Anchor[],
    private readonly config: BlazePoseConfig,
  ) {}

  static async load(
    deps: PoseEstimatorDeps,
    options: PoseEstimatorOptions = {},
    model: BlazePoseModelName = 'blazepose-full',
  ): Promise<BlazePoseEstimator> {
    const [detector, landmarks] = await Promise.all([
      loadGraphModelFromFiles(deps.tf, deps.files, BLAZEPOSE_DETECTOR_FILE),
      loadGraphModelFromFiles(deps.tf, deps.files, BLAZEPOSE_LANDMARKS_FILES[model]),
    ]);
    const d = signatureInputSizePx(detector);
    const l = signatureInputSizePx(landmarks);
    if (d.widthPx !== DETECTOR_INPUT_PX || l.widthPx !== LANDMARKS_INPUT_PX) {
      detector.dispose();
      landmarks.dispose();
      throw new Error(
        `BlazePose inputs ${d.widthPx}/${l.widthPx} px, expected ${DETECTOR_INPUT_PX}/${LANDMARKS_INPUT_PX}.`,
      );
    }
    const minPoseScore = options.roi?.minPoseScore ?? DEFAULT_BLAZEPOSE_CONFIG.minPoseScore;
    const config = { ...DEFAULT_BLAZEPOSE_CONFIG, minPoseScore };
    const estimator = new BlazePoseEstimator(
      model,
      deps.tf,
      detector,
      landmarks,
      createDetectorAnchors(),
      config,
    );
    if (options.warmUp ?? true) await estimator.warmUp();
    return estimator;
  }

  async estimate(frame: RgbFrame, _tMs: number): Promise<PoseEstimate | null> {
    if (this.disposed) throw new Error('BlazePose estimator used after dispose().');
    if (this.tracked != null) {
      const r = await this.runLandmarks(frame, this.tracked);
      if (r.score >= this.config.minPoseScore) return this.keep(r);
    }
    const people = await this.detect(frame);
    const chosen = this.choose(people);
    const roi = chosen && alignmentRoi(chosen.hip, chosen.scalePoint, this.config.roiScale);
    if (roi != null) {
      const r = await this.runLandmarks(frame, roi);
      if (r.score >= this.config.minPoseScore) return this.keep(r, people.length);
    }
    this.tracked = null;
    return null;
  }

  reset(): void {
    this.tracked = null;
    this.lastHip = null;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.detector.dispose();
    this.landmarks.dispose();
  }

  private keep(r: LandmarkResult, peopleInView?: number): PoseEstimate {
    this.tracked = alignmentRoi(r.auxHip, r.auxScale, this.config.roiScale);
    this.lastHip = r.auxHip;
    return {
      keypoints: r.keypoints,
      score: r.score,
      roi: r.roi,
      ...(peopleInView != null ? { peopleInView } : {}),
    };
  }

  /** Person detections in image pixels (hip and scale point), best first. */
  private async detect(frame: RgbFrame): Promise<PersonDetection[]> {
    const square = fullFrameRoi(frame);
    const out = this.tf.tidy(() => {
      // Letterboxed whole frame, values scaled to [-1, 1] as the detector was trained.
      const s = DETECTOR_INPUT_PX;
      const pixels = sampleCropFloat(frame, square, s, { scale: 1 / 127.5, offset: -1 }, this.detectorInput);
      const input = this.tf.tensor4d(pixels, [1, s, s, 3]);
      return this.detector.execute(input) as tfc.Tensor;
    });
    const raw = await out.data();
    out.dispose();
    const toPx = (p: PointPx): PointPx => ({
      x: square.x + p.x * square.width,
      y: square.y + p.y * square.height,
    });
    return decodeDetections(
      raw,
      this.anchors,
      DETECTOR_INPUT_PX,
      this.config.minDetectionScore,
      this.config.nmsIou,
    ).map((d) => ({ ...d, hip: toPx(d.hip), scalePoint: toPx(d.scalePoint) }));
  }

  /** The lifter: nearest the last tracked hips when known, else the largest (closest to the camera). */
  private choose(people: readonly PersonDetection[]): PersonDetection | undefined {
    const size = (d: PersonDetection): number =>
      Math.hypot(d.scalePoint.x - d.hip.x, d.scalePoint.y - d.hip.y);
    const last = this.lastHip;
    const key =
      last != null
        ? (d: PersonDetection) => -Math.hypot(d.hip.x - last.x, d.hip.y - last.y)
        : (d: PersonDetection) => size(d);
    let best: PersonDetection | undefined;
    for (const d of people) if (best === undefined || key(d) > key(best)) best = d;
    return best;
  }

  private async runLandmarks(frame: RgbFrame, roi: BoxPx): Promise<LandmarkResult> {
    const outs = this.tf.tidy(() => {
      const s = LANDMARKS_INPUT_PX;
      const pixels = sampleCropFloat(frame, roi, s, { scale: 1 / 255, offset: 0 }, this.landmarksInput);
      const input = this.tf.tensor4d(pixels, [1, s, s, 3]);
      return this.landmarks.execute(input, ['Identity_2:0', 'Identity_3:0']) as tfc.Tensor[];
    });
    try {
      const [ld, flag] = outs;
      if (ld == null || flag == null) throw new Error('BlazePose landmark model returned no output.');
      const [values, flagValues] = await Promise.all([ld.data(), flag.data()]);
      const score = flagValues[0] ?? 0;
      return { ...decodeLandmarks(values, roi, LANDMARKS_INPUT_PX), score, roi };
    } finally {
      for (const t of outs) t.dispose();
    }
  }

  private async warmUp(): Promise<void> {
    const s = LANDMARKS_INPUT_PX;
    const blank: RgbFrame = { data: new Uint8Array(s * s * 3), widthPx: s, heightPx: s };
    await this.runLandmarks(blank, fullFrameRoi(blank));
    await this.detect(blank);
  }
}
