import { fitLine } from '../core/series/fit-line.js';
import { medianFinite } from '../core/series/median.js';
import { crossingAfter, crossingBefore, firstAtMost, lastAtLeast } from './phase-edges.js';

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * Mean pushing speed over a fixed middle share of the rep's own sled travel: from `fromFraction` to `toFraction`
 * of the way from the bottom level to the top level, timed at the (interpolated) crossings. Timing between phase
 * edges instead lets a few frames of pause at the bottom or top, or an edge misplaced by noise, change the time
 * by 10-30% without changing the distance; the middle of the push is fast and steep, so its crossings are sharp.
 * Levels are medians over the bottom plateau and the top that follows, so one noisy frame does not set them.
 * Returns NaN when the sled is not seen through the push.
 */
export function concentricMidSpeed(
  travel: Float64Array,
  t: Float64Array,
  bottomPlateau: { readonly from: number; readonly to: number },
  topPlateau: { readonly from: number; readonly to: number },
  fromFraction: number,
  toFraction: number,
): number {
  const bottomLevel = medianFinite(travel, span(bottomPlateau.from, bottomPlateau.to));
  const topLevel = medianFinite(travel, span(topPlateau.from, topPlateau.to));
  const range = bottomLevel - topLevel;
  if (!(range > 0)) return Number.NaN;
  const loLevel = bottomLevel - fromFraction * range;
  const hiLevel = bottomLevel - toFraction * range;
  // Travel falls while pushing: the first frame past the far level, then the last frame still short of the near one.
  const hi = firstAtMost(travel, bottomPlateau.to, topPlateau.to, hiLevel);
  if (hi < 0) return Number.NaN;
  const lo = lastAtLeast(travel, bottomPlateau.from, hi, loLevel);
  if (lo < 0) return Number.NaN;
  // Least-squares slope over every seen frame between the crossings: two crossing times alone carry each
  // frame's jitter (~5% of the time per rep at 60 fps); the fit averages it over the ~20-40 frames of the window.
  const fit = fitLine(travel, t, lo, hi);
  if (fit.n < 3 || Number.isNaN(fit.slope)) {
    const dt = crossingBefore(travel, t, hi, hiLevel) - crossingAfter(travel, t, lo, loLevel);
    return dt > 0 ? ((toFraction - fromFraction) * range) / dt : Number.NaN;
  }
  return fit.slope < 0 ? -fit.slope : Number.NaN;
}
