import type { ViewConfig } from '../config/view-config.js';
import type { ConditionedTrack, PointSeries } from '../conditioning/types.js';

/**
 * Fraction of frames in which a body point is cut off by the image border: seen within the edge margin, or
 * missing after last being seen close to an edge (it left the picture). 0 for a point the set does not have.
 */
export function cutOffFraction(
  p: PointSeries | undefined,
  track: ConditionedTrack,
  config: ViewConfig,
): number {
  if (p === undefined || p.x.length === 0) return 0;
  const w = track.imageWidthPx;
  const h = track.imageHeightPx;
  const size = Math.min(w, h);
  const margin = config.edgeMarginFraction * size;
  const lostMargin = config.lostNearEdgeFraction * size;
  let cut = 0;
  let lastNearEdge = false;
  for (let i = 0; i < p.x.length; i++) {
    const x = p.x[i]!;
    const y = p.y[i]!;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      const edge = Math.min(x, y, w - x, h - y);
      if (edge < margin) cut++;
      lastNearEdge = edge < lostMargin;
    } else if (lastNearEdge) {
      cut++;
    }
  }
  return cut / p.x.length;
}
