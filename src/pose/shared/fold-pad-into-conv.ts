/**
 * Folds a zero `Pad` that feeds one VALID convolution into that convolution's explicit padding, in a graph
 * model's topology before it is loaded. BlazePose's Keras export pads before each stride-2 convolution: on the
 * wasm backend every Pad copied a whole activation map (5 of them per landmark inference, ~2 ms of ~56 ms),
 * while XNNPACK pads inside the convolution for free. The result is the same arithmetic (zeros either way).
 */

/** The parts of a TF.js graph-model node this rewrite reads and writes. */
interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, { s?: string; list?: { i?: string[] } } | undefined>;
}

interface WeightSpecLike {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly quantization?: { readonly dtype: string };
}

const CONV_OPS = new Set(['Conv2D', '_FusedConv2D', 'DepthwiseConv2dNative', 'FusedDepthwiseConv2dNative']);
const B64_VALID = 'VkFMSUQ='; // base64 of the attribute string "VALID"
const B64_EXPLICIT = 'RVhQTElDSVQ='; // "EXPLICIT"
const B64_NHWC = 'TkhXQw=='; // "NHWC"
const BYTES: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  float16: 2,
  uint16: 2,
  uint8: 1,
  bool: 1,
};

/** Byte offset of each weight in the concatenated weight data; undefined if a dtype's size is unknown. */
function weightOffsets(specs: readonly WeightSpecLike[]): Map<string, number> | undefined {
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const spec of specs) {
    const bytes = BYTES[spec.quantization?.dtype ?? spec.dtype];
    if (bytes === undefined) return undefined;
    offsets.set(spec.name, offset);
    offset += spec.shape.reduce((a, b) => a * b, 1) * bytes;
  }
  return offsets;
}

const nodeOf = (input: string): string => input.replace(/^\^/, '').replace(/:0$/, '');

/** Rewrites `topology.node` in place; returns how many Pads were folded (0 when the model has none to fold). */
export function foldPadIntoConv(
  topology: unknown,
  specs: readonly WeightSpecLike[],
  weightData: ArrayBuffer,
): number {
  const nodes = (topology as { node?: GraphNode[] } | null)?.node;
  if (!Array.isArray(nodes)) return 0;
  const offsets = weightOffsets(specs);
  if (offsets === undefined) return 0;
  const consumers = new Map<string, GraphNode[]>();
  for (const node of nodes)
    for (const input of node.input ?? []) {
      const list = consumers.get(nodeOf(input)) ?? [];
      list.push(node);
      consumers.set(nodeOf(input), list);
    }
  const foldedPads = new Set<GraphNode>();
  for (const pad of nodes) {
    const [source, paddings] = pad.input ?? [];
    if (pad.op !== 'Pad' || source === undefined || paddings === undefined) continue;
    const users = consumers.get(pad.name) ?? [];
    const conv = users[0];
    if (users.length !== 1 || conv === undefined || !CONV_OPS.has(conv.op)) continue;
    const attr = conv.attr ?? {};
    if (attr.padding?.s !== B64_VALID || (attr.data_format?.s ?? B64_NHWC) !== B64_NHWC) continue;
    if (conv.input?.[0] === undefined || nodeOf(conv.input[0]) !== pad.name) continue;
    const spec = specs.find((s) => s.name === nodeOf(paddings));
    const at = spec && offsets.get(spec.name);
    if (spec?.dtype !== 'int32' || spec.quantization !== undefined || at === undefined) continue;
    const amounts = Array.from(new Int32Array(weightData.slice(at, at + 32)));
    // Only spatial padding (batch and channel pads would change the tensor's shape in ways a conv cannot).
    if (amounts.length !== 8 || amounts[0] !== 0 || amounts[1] !== 0 || amounts[6] !== 0 || amounts[7] !== 0)
      continue;
    conv.input[0] = source;
    attr.padding = { s: B64_EXPLICIT };
    attr.explicit_paddings = { list: { i: amounts.map(String) } };
    conv.attr = attr;
    foldedPads.add(pad);
  }
  // The Pads have no consumer left: drop them, so nothing keeps their input alive or computes them.
  if (foldedPads.size > 0) dropNodes(topology as { node: GraphNode[] }, foldedPads);
  return foldedPads.size;
}

function dropNodes(topology: { node: GraphNode[] }, drop: ReadonlySet<GraphNode>): void {
  topology.node = topology.node.filter((n) => !drop.has(n));
}
