/**
 * The picture size frames are decoded at. Pose models look at 192-256 px crops, so 640 px on the long side
 * keeps a lifter filling a third of the frame at model resolution while a 4K frame shrinks 36x in bytes.
 */
export const DEFAULT_ANALYSIS_MAX_SIDE_PX = 640;
/** Leg press reps last 2-4 s; 30 fps samples the fastest bounce (~0.2 s) with 6 frames. */
export const DEFAULT_ANALYSIS_MAX_FPS = 30;

export interface SizePx {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Scales down (never up) so the longer side is at most `maxSidePx`, keeping the aspect ratio. */
export function analysisSize(source: SizePx, maxSidePx: number = DEFAULT_ANALYSIS_MAX_SIDE_PX): SizePx {
  const longest = Math.max(source.widthPx, source.heightPx);
  const scale = Math.min(1, maxSidePx / longest);
  return {
    widthPx: Math.max(2, Math.round(source.widthPx * scale)),
    heightPx: Math.max(2, Math.round(source.heightPx * scale)),
  };
}
