import { describe, expect, it } from 'vitest';
import { weekLine } from './week-plot.js';

describe('weekLine', () => {
  it('puts a higher value higher, keeps points inside the plot, and breaks the line at a missing week', () => {
    const line = weekLine([
      { weekStart: '2026-11-02', value: 90 },
      { weekStart: '2026-11-09', value: 110 },
      { weekStart: '2026-11-16', value: null },
      { weekStart: '2026-11-23', value: 100 },
    ]);
    expect(line.points.map((p) => p.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-23']);
    const [a, b, c] = line.points;
    expect(b!.y).toBeLessThan(c!.y);
    expect(c!.y).toBeLessThan(a!.y);
    for (const p of line.points) {
      expect(p.y).toBeGreaterThanOrEqual(line.plotTop);
      expect(p.y).toBeLessThanOrEqual(line.plotBottom);
      expect(p.x).toBeLessThan(line.width);
    }
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect([line.low, line.high]).toEqual([90, 110]);
  });

  it('a fixed scale (pain 0-10) is kept, and one flat value still gets a scale', () => {
    const pain = weekLine([{ weekStart: '2026-11-02', value: 5 }], { low: 0, high: 10 });
    expect([pain.low, pain.high]).toEqual([0, 10]);
    expect(pain.points[0]!.y).toBeCloseTo((pain.plotTop + pain.plotBottom) / 2, 5);
    const flat = weekLine([
      { weekStart: '2026-11-02', value: 2 },
      { weekStart: '2026-11-09', value: 2 },
    ]);
    expect(flat.high - flat.low).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(flat.points[0]!.y)).toBe(true);
  });
});
