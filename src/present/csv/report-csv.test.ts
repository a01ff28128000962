import { describe, expect, it } from 'vitest';
import { analyzeTrack } from '../../engine/index.js';
import { buildScenario, simulateSet } from '../../sim/index.js';
import { reportToCsv } from './report-csv.js';

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
