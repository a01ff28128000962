import { describe, expect, it } from 'vitest';
import type { WeekTrend } from '../../../src/log/index.js';
import { niceMax, weekPlot } from './log-plot.js';

const week = (weekStart: string, volumeLoadKg: number, pain: (number | null)[]): WeekTrend => ({
  weekStart,
  sessions: 1,
  sets: 1,
  reps: 10,
  volumeLoadKg,
  topSetKg: volumeLoadKg / 10,
  topSetReps: 10,
  painDuringMax: pain[0] ?? null,
  painAfterMax: pain[1] ?? null,
  painNextMorningMax: pain[2] ?? null,
  hipFlexionMaxDeg: null,
  analysedSets: 0,
  faultCounts: {},
});

describe('weekly plot geometry', () => {
  it('draws taller bars for more volume and a pain line only through weeks with a score', () => {
    const plot = weekPlot(
      [week('2026-11-02', 1000, [1]), week('2026-11-09', 2000, []), week('2026-11-16', 1500, [0, 2, 6])],
      5,
    );
    const [a, b, c] = plot.bars;
    expect(b!.height).toBeGreaterThan(c!.height);
    expect(c!.height).toBeGreaterThan(a!.height);
    expect(b!.y).toBeGreaterThanOrEqual(plot.plotTop);
    expect(c!.painMax).toBe(6);
    expect(b!.painY).toBeNull();
    expect(plot.painPath.match(/[ML]/g)).toHaveLength(2);
    // Pain 6 sits above the stop line at 5 (smaller y is higher on screen).
    expect(c!.painY!).toBeLessThan(plot.painStopY);
  });

  it('rounds the volume scale up to 1, 2 or 5 x 10^n', () => {
    expect(niceMax(3400)).toBe(5000);
    expect(niceMax(1000)).toBe(1000);
    expect(niceMax(0)).toBe(1);
  });
});
