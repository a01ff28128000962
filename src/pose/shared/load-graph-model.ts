/**
 * Loads a TF.js graph model through a ModelFileSource: a custom io handler, so no URL or network is involved
 * and the same code works with files on disk (Node) or files served by the web app.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelFileSource } from '../pose-estimator.js';
import { foldPadIntoConv } from './fold-pad-into-conv.js';

type Tf = typeof tfc;

interface ModelJsonLike {
  readonly modelTopology?: unknown;
  readonly weightsManifest?: readonly { paths: readonly string[] }[];
}

/** Builds the io handler; weights shards are read in manifest order and concatenated. */
export function modelFileIoHandler(tf: Tf, files: ModelFileSource, jsonFileName: string): tfc.io.IOHandler {
  return {
    async load() {
      const json = (await files.readJson(jsonFileName)) as ModelJsonLike;
      if (json.modelTopology == null || !Array.isArray(json.weightsManifest)) {
        throw new Error(`'${jsonFileName}' is not a TF.js graph model (no modelTopology/weightsManifest).`);
      }
      const artifacts = await tf.io.getModelArtifactsForJSON(
        json as unknown as tfc.io.ModelJSON,
        async (manifest) => {
          const specs = manifest.flatMap((group) => group.weights);
          const shards = await Promise.all(
            manifest.flatMap((group) => group.paths.map((p) => files.readBinary(p))),
          );
          return [specs, tf.io.concatenateArrayBuffers(shards)];
        },
      );
      const { weightSpecs, weightData } = artifacts;
      if (weightSpecs !== undefined && weightData instanceof ArrayBuffer)
        foldPadIntoConv(artifacts.modelTopology, weightSpecs, weightData);
      return artifacts;
    },
  };
}

export async function loadGraphModelFromFiles(
  tf: Tf,
  files: ModelFileSource,
  jsonFileName: string,
): Promise<GraphModel> {
  const model = await loadGraphModel(modelFileIoHandler(tf, files, jsonFileName));
  releaseWeightBytes(model);
  return model;
}

/**
 * The GraphModel keeps its load artifacts, including the raw weight bytes (6 MB per BlazePose stage, 12 MB for
 * Thunder), only for `save()`, which Spotter never calls: the weights already live in backend tensors. Dropping
 * them saves that much per estimator, i.e. per worker thread.
 */
function releaseWeightBytes(model: GraphModel): void {
  const artifacts = (model as unknown as { artifacts?: { weightData?: unknown } }).artifacts;
  if (artifacts !== undefined) delete artifacts.weightData;
}

/** Input size (height, width) declared in the model's signature, e.g. 192 for MoveNet Lightning. */
export function signatureInputSizePx(model: GraphModel): { heightPx: number; widthPx: number } {
  const shape = model.inputs[0]?.shape;
  const h = shape?.[1];
  const w = shape?.[2];
  if (h == null || w == null || h <= 0 || w <= 0) throw new Error('Model input has no fixed spatial size.');
  return { heightPx: h, widthPx: w };
}
