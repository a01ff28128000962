import { DEFAULT_ANALYSIS_MAX_FPS, DEFAULT_ANALYSIS_MAX_SIDE_PX } from '../../../pose/analysis-sampling.js';

export { DEFAULT_ANALYSIS_MAX_FPS, DEFAULT_ANALYSIS_MAX_SIDE_PX };

/**
 * Recordings longer than this (a whole session rather than a set) are analysed at most at LONG_VIDEO_MAX_FPS,
 * whatever the default: the keypoint track is held in memory for the engine, and an hour at 30 fps would take
 * ~200 MB of it alone. Equal to the default today; it keeps the hour's memory bound if the default is raised.
 * `--fps` overrides.
 */
export const LONG_VIDEO_S = 20 * 60;
export const LONG_VIDEO_MAX_FPS = 15;

/** The analysis frame-rate cap for a video of this length. */
export function analysisMaxFps(durationS: number | undefined): number {
  const isLong = durationS !== undefined && durationS > LONG_VIDEO_S;
  return isLong ? Math.min(LONG_VIDEO_MAX_FPS, DEFAULT_ANALYSIS_MAX_FPS) : DEFAULT_ANALYSIS_MAX_FPS;
}

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
