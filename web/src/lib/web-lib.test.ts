import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../../src/engine/analyze.js';
import { buildScenario, simulateSet } from '../../../src/sim/index.js';
import { frameIndexAt } from './frame-at.js';
import { reportToCsv } from './report-csv.js';

describe('frameIndexAt', () => {
  const times = [0, 0.04, 0.08, 0.12];
  it('finds the frame on screen at a time (the last one at or before it), clamped at both ends', () => {
    expect(frameIndexAt(times, 0.05)).toBe(1);
    expect(frameIndexAt(times, 0.08)).toBe(2);
    expect(frameIndexAt(times, -1)).toBe(0);
    expect(frameIndexAt(times, 99)).toBe(3);
    expect(frameIndexAt([], 1)).toBe(-1);
  });
});

describe('reportToCsv', () => {
  it('writes one row per rep with its faults, readable back as numbers', () => {
    const report = analyzeTrack(simulateSet(buildScenario('pelvic_tuck', { repCount: 3, seed: 5 })).track);
    const lines = reportToCsv(report).trim().split('\n');
    expect(lines).toHaveLength(report.reps.length + 1);
    const header = lines[0]!.split(',');
    for (const [i, rep] of report.reps.entries()) {
      const cells = lines[i + 1]!.split(',');
      expect(Number(cells[header.indexOf('rep')])).toBe(rep.index);
      expect(Number(cells[header.indexOf('hipFlexionMaxDeg')])).toBeCloseTo(rep.hipFlexionMaxDeg, 2);
      for (const f of rep.faults) expect(cells[header.indexOf('faults')]).toContain(f.id);
    }
    expect(lines.some((l) => l.includes('pelvic_tuck'))).toBe(true);
  });
});
