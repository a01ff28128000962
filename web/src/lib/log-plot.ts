/**
 * Geometry of the Log page's weekly plot: volume load as bars (left scale) and the week's highest pain as a
 * line (right scale, 0-10). Pure, so it is tested without a DOM.
 */
import type { WeekTrend } from '../../../src/log/index.js';

export interface WeekPlotBar {
  readonly weekStart: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly volumeLoadKg: number;
  /** Highest of pain during, after and next morning; null when none was logged. */
  readonly painMax: number | null;
  readonly painY: number | null;
}

export interface WeekPlot {
  readonly width: number;
  readonly height: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly volumeMaxKg: number;
  readonly bars: readonly WeekPlotBar[];
  /** SVG path of the pain line through the weeks that have a score. */
  readonly painPath: string;
  /** y of the pain stop score, for a dashed limit line. */
  readonly painStopY: number;
}

const PAIN_MAX = 10;

/** A round scale maximum (1, 2 or 5 x 10^n) at or above `v`. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * power >= v) return m * power;
  return 10 * power;
}

export function weekPlot(
  weeks: readonly WeekTrend[],
  painStopScore: number,
  size = { width: 640, height: 220 },
): WeekPlot {
  const plotLeft = 56;
  const plotRight = size.width - 40;
  const plotTop = 12;
  const plotBottom = size.height - 34;
  const volumeMaxKg = niceMax(Math.max(0, ...weeks.map((w) => w.volumeLoadKg)));
  const slot = (plotRight - plotLeft) / Math.max(1, weeks.length);
  const yVolume = (v: number) => plotBottom - (v / volumeMaxKg) * (plotBottom - plotTop);
  const yPain = (p: number) => plotBottom - (p / PAIN_MAX) * (plotBottom - plotTop);
  const bars = weeks.map((w, i): WeekPlotBar => {
    const scores = [w.painDuringMax, w.painAfterMax, w.painNextMorningMax].filter(
      (p): p is number => p !== null,
    );
    const painMax = scores.length === 0 ? null : Math.max(...scores);
    const y = yVolume(w.volumeLoadKg);
    return {
      weekStart: w.weekStart,
      x: plotLeft + i * slot + slot * 0.15,
      width: slot * 0.7,
      y,
      height: plotBottom - y,
      volumeLoadKg: w.volumeLoadKg,
      painMax,
      painY: painMax === null ? null : yPain(painMax),
    };
  });
  const painPath = bars
    .filter((b) => b.painY !== null)
    .map((b, i) => `${i === 0 ? 'M' : 'L'}${(b.x + b.width / 2).toFixed(1)},${b.painY!.toFixed(1)}`)
    .join(' ');
  return {
    ...size,
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
    volumeMaxKg,
    bars,
    painPath,
    painStopY: yPain(painStopScore),
  };
}
