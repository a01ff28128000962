import type { PointSeries } from '../conditioning/types.js';
import { distanceSeries } from './series-stats.js';
import { medianFinite } from '../core/series/median.js';

/**
 * The foot's measured length (heel to toe point) over the shank's (knee to ankle), medians over the set. A foot
 * seen side-on is about 0.6 shank lengths long (anthropometry); a pose model that cannot make out the shoe
 * collapses or stretches it, which shows here before it shows as a false heel lift. NaN when either is unseen.
 */
export function footToShankRatio(
  heel: PointSeries,
  toe: PointSeries,
  knee: PointSeries,
  ankle: PointSeries,
): number {
  const foot = medianFinite(distanceSeries(heel.x, heel.y, toe.x, toe.y));
  const shank = medianFinite(distanceSeries(knee.x, knee.y, ankle.x, ankle.y));
  return shank > 0 ? foot / shank : Number.NaN;
}
