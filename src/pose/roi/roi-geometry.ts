/**
 * Square crops in image pixels. A crop may extend past the image edges (the outside is zero padding),
 * so the model always sees an undistorted square.
 */
import type { BoxPx } from '../pose-estimator.js';

export interface FrameSizePx {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The square that holds the whole frame, centred (used to detect when nobody is tracked). */
export function fullFrameRoi(frame: FrameSizePx): BoxPx {
  const side = Math.max(frame.widthPx, frame.heightPx);
  return { x: (frame.widthPx - side) / 2, y: (frame.heightPx - side) / 2, width: side, height: side };
}

/** Square of half side `halfPx` around a centre, never larger than the full-frame square. */
export function squareAround(cxPx: number, cyPx: number, halfPx: number, frame: FrameSizePx): BoxPx {
  const maxHalf = Math.max(frame.widthPx, frame.heightPx) / 2;
  const half = Math.min(halfPx, maxHalf);
  // Keep the centre so that the crop still overlaps the frame as much as a crop of this size can.
  const cx = clamp(
    cxPx,
    Math.min(half, frame.widthPx / 2),
    Math.max(frame.widthPx - half, frame.widthPx / 2),
  );
  const cy = clamp(
    cyPx,
    Math.min(half, frame.heightPx / 2),
    Math.max(frame.heightPx - half, frame.heightPx / 2),
  );
  return { x: cx - half, y: cy - half, width: 2 * half, height: 2 * half };
}

/** The same crop scaled about its centre (clamped like squareAround). */
export function scaleRoi(roi: BoxPx, factor: number, frame: FrameSizePx): BoxPx {
  return squareAround(
    roi.x + roi.width / 2,
    roi.y + roi.height / 2,
    (Math.max(roi.width, roi.height) / 2) * factor,
    frame,
  );
}

/** Maps crop-normalised (u, v) in [0, 1] to full-image pixels, honouring the crop's rotation if any. */
export function cropToImagePx(roi: BoxPx, u: number, v: number): { x: number; y: number } {
  const th = roi.rotationRad ?? 0;
  const dx = (u - 0.5) * roi.width;
  const dy = (v - 0.5) * roi.height;
  const c = Math.cos(th);
  const s = Math.sin(th);
  return { x: roi.x + roi.width / 2 + c * dx - s * dy, y: roi.y + roi.height / 2 + s * dx + c * dy };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}
