import { loadGraphModel } from '@tensorflow/tfjs-converter';
import type * as tfc from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createNodeModelFileSource } from '../../adapters/node/model-files.js';
import { initNodeWasmBackend } from '../../adapters/node/tfjs-node-backend.js';
import { foldPadIntoConv } from './fold-pad-into-conv.js';
import { modelFileIoHandler } from './load-graph-model.js';

const VALID = 'VkFMSUQ=';
const spec = (name: string) => ({ name, shape: [4, 2], dtype: 'int32' });
const pads = (...values: number[]) => new Int32Array(values).buffer;

function graph() {
  return {
    node: [
      { name: 'x', op: 'Placeholder' },
      { name: 'pad', op: 'Pad', input: ['x', 'pad/paddings'] },
      { name: 'conv', op: '_FusedConv2D', input: ['pad', 'w', 'b'], attr: { padding: { s: VALID } } },
    ],
  };
}

describe('folding a zero Pad into the convolution it feeds', () => {
  it('moves spatial padding into the convolution and drops the Pad', () => {
    const g = graph();
    expect(foldPadIntoConv(g, [spec('pad/paddings')], pads(0, 0, 1, 2, 1, 2, 0, 0))).toBe(1);
    expect(g.node.map((n) => n.name)).toEqual(['x', 'conv']);
    const conv = g.node[1] as unknown as { input: string[]; attr: Record<string, unknown> };
    expect(conv.input[0]).toBe('x');
    expect(conv.attr.padding).toEqual({ s: 'RVhQTElDSVQ=' });
    expect(conv.attr.explicit_paddings).toEqual({ list: { i: ['0', '0', '1', '2', '1', '2', '0', '0'] } });
  });

  it('leaves a Pad alone when a convolution cannot absorb it', () => {
    const channelPad = graph();
    expect(foldPadIntoConv(channelPad, [spec('pad/paddings')], pads(0, 0, 1, 1, 1, 1, 0, 3))).toBe(0);
    const shared = graph();
    shared.node.push({ name: 'other', op: 'Relu', input: ['pad'] } as never);
    expect(foldPadIntoConv(shared, [spec('pad/paddings')], pads(0, 0, 1, 1, 1, 1, 0, 0))).toBe(0);
    const same = graph();
    (same.node[2] as { attr: { padding: { s: string } } }).attr.padding.s = 'U0FNRQ=='; // SAME
    expect(foldPadIntoConv(same, [spec('pad/paddings')], pads(0, 0, 1, 1, 1, 1, 0, 0))).toBe(0);
    expect(same.node).toHaveLength(3);
  });

  it('gives BlazePose exactly the same landmarks with fewer graph nodes', async () => {
    const tf = await initNodeWasmBackend();
    const files = createNodeModelFileSource();
    const unfolded: tfc.io.IOHandler = {
      load: async () => {
        const json = (await files.readJson('blazepose-full.json')) as tfc.io.ModelJSON;
        return tf.io.getModelArtifactsForJSON(json, async (manifest) => [
          manifest.flatMap((g) => g.weights),
          tf.io.concatenateArrayBuffers(
            await Promise.all(manifest.flatMap((g) => g.paths.map((p) => files.readBinary(p)))),
          ),
        ]);
      },
    };
    const plain = await loadGraphModel(unfolded);
    const folded = await loadGraphModel(modelFileIoHandler(tf, files, 'blazepose-full.json'));
    const x = tf.randomUniform([1, 256, 256, 3], 0, 1, 'float32', 7);
    const outputs = ['Identity_2:0', 'Identity_3:0'];
    const run = (m: typeof plain) =>
      (m.execute(x, outputs) as tfc.Tensor[]).map((t) => Array.from(t.dataSync()));
    expect(run(folded)).toEqual(run(plain));
    const nodeCount = (m: typeof plain) =>
      Object.keys((m as unknown as { executor: { graph: { nodes: object } } }).executor.graph.nodes).length;
    expect(nodeCount(folded)).toBe(nodeCount(plain) - 5);
    plain.dispose();
    folded.dispose();
    x.dispose();
  });
});
