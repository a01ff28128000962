/** SSD anchor centres of the BlazePose detector, in [0, 1] of its square input (fixed-size anchors). */
import { DETECTOR_ANCHOR_COUNT, DETECTOR_INPUT_PX, DETECTOR_STRIDES } from './constants.js';

export interface Anchor {
  readonly x: number;
  readonly y: number;
}

export function createDetectorAnchors(
  inputPx: number = DETECTOR_INPUT_PX,
  strides: readonly number[] = DETECTOR_STRIDES,
): Anchor[] {
  const anchors: Anchor[] = [];
  let layer = 0;
  while (layer < strides.length) {
    const stride = strides[layer] ?? 1;
    let perCell = 0;
    let next = layer;
    while (next < strides.length && strides[next] === stride) {
      perCell += 2; // aspect ratio 1 plus the interpolated scale
      next++;
    }
    const cells = Math.ceil(inputPx / stride);
    for (let y = 0; y < cells; y++) {
      for (let x = 0; x < cells; x++) {
        for (let a = 0; a < perCell; a++) anchors.push({ x: (x + 0.5) / cells, y: (y + 0.5) / cells });
      }
    }
    layer = next;
  }
  if (
    inputPx === DETECTOR_INPUT_PX &&
    strides === DETECTOR_STRIDES &&
    anchors.length !== DETECTOR_ANCHOR_COUNT
  ) {
    throw new Error(`BlazePose anchors: built ${anchors.length}, model has ${DETECTOR_ANCHOR_COUNT}.`);
  }
  return anchors;
}
