/**
 * Samples a (possibly rotated) square crop of an RGB frame straight into a model input buffer, bilinear,
 * black outside the image. Working on the frame's bytes avoids uploading the whole frame as a tensor
 * (a 720p frame is 2.8 M values; the crop is 0.1-0.2 M), which measured slower than the model itself.
 *
 * Convention: crop pixel (i, j) shows the image at cropToImagePx(roi, (j + 0.5) / size, (i + 0.5) / size),
 * in continuous pixel coordinates where (0, 0) is the top-left corner of the top-left pixel.
 */
import type { BoxPx, RgbFrame } from '../pose-estimator.js';

export interface SampleOptions {
  /** Output value = byte * scale + offset (e.g. 1/255 and 0 for [0, 1]). */
  readonly scale: number;
  readonly offset: number;
}

export function sampleCropFloat(
  frame: RgbFrame,
  roi: BoxPx,
  sizePx: number,
  options: SampleOptions,
  /** Reused when it has the right length (the caller's input tensor must be disposed before the next call). */
  reuse?: Float32Array,
): Float32Array {
  const length = sizePx * sizePx * 3;
  const out = reuse?.length === length ? reuse : new Float32Array(length);
  sampleInto(frame, roi, sizePx, out, options.scale, options.offset, false);
  return out;
}

/** Rounded byte values 0..255 (MoveNet takes int32 RGB). */
export function sampleCropInt(frame: RgbFrame, roi: BoxPx, sizePx: number): Int32Array {
  const out = new Int32Array(sizePx * sizePx * 3);
  sampleInto(frame, roi, sizePx, out, 1, 0, true);
  return out;
}

function sampleInto(
  frame: RgbFrame,
  roi: BoxPx,
  size: number,
  out: Float32Array | Int32Array,
  scale: number,
  offset: number,
  round: boolean,
): void {
  const { data, widthPx: w, heightPx: h } = frame;
  if (data.length !== w * h * 3) {
    throw new RangeError(`RGB frame ${w}x${h} needs ${w * h * 3} bytes, got ${data.length}.`);
  }
  const th = roi.rotationRad ?? 0;
  const c = Math.cos(th);
  const s = Math.sin(th);
  const sx = roi.width / size;
  const sy = roi.height / size;
  const cx = roi.x + roi.width / 2;
  const cy = roi.y + roi.height / 2;
  const black = round ? Math.round(offset) : offset;
  let o = 0;
  for (let i = 0; i < size; i++) {
    const dy = (i + 0.5) * sy - roi.height / 2;
    for (let j = 0; j < size; j++) {
      const dx = (j + 0.5) * sx - roi.width / 2;
      // Image point in pixel-index coordinates (pixel k's centre at k).
      const px = cx + c * dx - s * dy - 0.5;
      const py = cy + s * dx + c * dy - 0.5;
      if (!(px > -1 && py > -1 && px < w && py < h)) {
        out[o] = black;
        out[o + 1] = black;
        out[o + 2] = black;
        o += 3;
        continue;
      }
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      const fx = px - x0;
      const fy = py - y0;
      // Neighbours outside the image count as black, so the picture fades into the padding.
      const wx0 = x0 >= 0 ? 1 - fx : 0;
      const wx1 = x0 + 1 < w ? fx : 0;
      const wy0 = y0 >= 0 ? 1 - fy : 0;
      const wy1 = y0 + 1 < h ? fy : 0;
      const i00 = (y0 * w + x0) * 3;
      const i01 = i00 + 3;
      const i10 = i00 + w * 3;
      const i11 = i10 + 3;
      const w00 = wy0 * wx0;
      const w01 = wy0 * wx1;
      const w10 = wy1 * wx0;
      const w11 = wy1 * wx1;
      for (let ch = 0; ch < 3; ch++) {
        const v =
          (w00 > 0 ? w00 * (data[i00 + ch] as number) : 0) +
          (w01 > 0 ? w01 * (data[i01 + ch] as number) : 0) +
          (w10 > 0 ? w10 * (data[i10 + ch] as number) : 0) +
          (w11 > 0 ? w11 * (data[i11 + ch] as number) : 0);
        const val = v * scale + offset;
        out[o + ch] = round ? Math.round(val) : val;
      }
      o += 3;
    }
  }
}
