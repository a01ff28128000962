/** Video/camera pixels -> the estimators' tightly packed RGB frame. */
import type { RgbFrame } from '../../pose/pose-estimator.js';

type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Drops the alpha channel of RGBA ImageData. */
export function rgbaToRgb(rgba: Uint8ClampedArray, widthPx: number, heightPx: number): RgbFrame {
  const n = widthPx * heightPx;
  const data = new Uint8Array(n * 3);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    data[i * 3] = rgba[j]!;
    data[i * 3 + 1] = rgba[j + 1]!;
    data[i * 3 + 2] = rgba[j + 2]!;
  }
  return { data, widthPx, heightPx };
}

/** Analysis size: the long side capped (pose models look at a 192-256 px crop anyway). */
export function analysisSize(
  widthPx: number,
  heightPx: number,
  maxSidePx: number,
): { widthPx: number; heightPx: number } {
  const scale = Math.min(1, maxSidePx / Math.max(widthPx, heightPx));
  return {
    widthPx: Math.max(1, Math.round(widthPx * scale)),
    heightPx: Math.max(1, Math.round(heightPx * scale)),
  };
}

/** Draws the current video frame scaled into the context's canvas and reads it back as RGB. */
export function grabRgbFrame(
  video: CanvasImageSource,
  ctx: Canvas2D,
  widthPx: number,
  heightPx: number,
): RgbFrame {
  ctx.drawImage(video, 0, 0, widthPx, heightPx);
  return rgbaToRgb(ctx.getImageData(0, 0, widthPx, heightPx).data, widthPx, heightPx);
}
