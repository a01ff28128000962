/**
 * MoveNet single-pose (Lightning / Thunder) with region-of-interest tracking.
 * Input: int32 RGB 0..255, square crop at the signature size; output see decode-output.ts.
 */
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type * as tfc from '@tensorflow/tfjs-core';
import type { BoxPx, PoseEstimate, PoseEstimator, RgbFrame } from '../pose-estimator.js';
import type { PoseEstimatorDeps, PoseEstimatorOptions, TfCore } from '../pose-estimator-deps.js';
import { resolveRoiConfig } from '../roi/roi-config.js';
import { RoiTracker } from '../roi/roi-tracker.js';
import { fullFrameRoi } from '../roi/roi-geometry.js';
import { estimateWithRoi, type CropPose } from '../shared/estimate-with-roi.js';
import { sampleCropInt } from '../shared/sample-crop.js';
import { loadGraphModelFromFiles, signatureInputSizePx } from '../shared/load-graph-model.js';
import { MOVENET_BODY, MOVENET_MODELS, type MoveNetModelName } from './constants.js';
import { decodeMoveNetOutput } from './decode-output.js';

export class MoveNetEstimator implements PoseEstimator {
  readonly landmarkSet = 'movenet17' as const;
  private disposed = false;

  private constructor(
    readonly model: MoveNetModelName,
    private readonly tf: TfCore,
    private readonly graph: GraphModel,
    private readonly inputSizePx: number,
    private readonly tracker: RoiTracker,
  ) {}

  static async load(
    model: MoveNetModelName,
    deps: PoseEstimatorDeps,
    options: PoseEstimatorOptions = {},
  ): Promise<MoveNetEstimator> {
    const spec = MOVENET_MODELS[model];
    const graph = await loadGraphModelFromFiles(deps.tf, deps.files, spec.fileName);
    const size = signatureInputSizePx(graph);
    if (size.widthPx !== spec.inputSizePx || size.heightPx !== spec.inputSizePx) {
      graph.dispose();
      throw new Error(
        `${spec.fileName}: input ${size.widthPx}x${size.heightPx}, expected ${spec.inputSizePx}.`,
      );
    }
    const tracker = new RoiTracker(resolveRoiConfig(options.roi), MOVENET_BODY);
    const estimator = new MoveNetEstimator(model, deps.tf, graph, spec.inputSizePx, tracker);
    if (options.warmUp ?? true) await estimator.warmUp();
    return estimator;
  }

  async estimate(frame: RgbFrame, _tMs: number): Promise<PoseEstimate | null> {
    if (this.disposed) throw new Error('MoveNet estimator used after dispose().');
    return estimateWithRoi(this.tracker, frame, { runCrop: async (roi) => this.runCrop(frame, roi) });
  }

  /** Runs the model on one crop; keypoints come back in full-image pixels. */
  async runCrop(frame: RgbFrame, roi: BoxPx): Promise<CropPose> {
    const s = this.inputSizePx;
    const output = this.tf.tidy(() => {
      const input = this.tf.tensor4d(sampleCropInt(frame, roi, s), [1, s, s, 3], 'int32');
      return this.graph.execute(input) as tfc.Tensor;
    });
    try {
      return decodeMoveNetOutput(await output.data(), roi);
    } finally {
      output.dispose();
    }
  }

  reset(): void {
    this.tracker.reset();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.graph.dispose();
  }

  private async warmUp(): Promise<void> {
    const s = this.inputSizePx;
    await this.runCrop(
      { data: new Uint8Array(s * s * 3), widthPx: s, heightPx: s },
      fullFrameRoi({ widthPx: s, heightPx: s }),
    );
  }
}
