/** One CSV row per rep (spreadsheet-friendly export of the per-rep table). */
import type { AnalysisReport } from '../../../src/engine/report/types.js';

const HEADER = [
  'rep',
  'startS',
  'bottomS',
  'endS',
  'kneeMinDeg',
  'hipFlexionMaxDeg',
  'eccentricS',
  'concentricS',
  'bottomDwellS',
  'hipDepartureMaxThighs',
  'faults',
];

const cell = (v: string | number): string => {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '') : v;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function reportToCsv(report: AnalysisReport): string {
  const rows = report.reps.map((r) =>
    [
      r.index,
      r.startS,
      r.bottomS,
      r.endS,
      r.kneeMinDeg,
      r.hipFlexionMaxDeg,
      r.eccentricS,
      r.concentricS,
      r.bottomDwellS,
      r.hipDepartureMaxThighs,
      r.faults.map((f) => `${f.id}:${f.severity}`).join(' '),
    ]
      .map(cell)
      .join(','),
  );
  return [HEADER.join(','), ...rows].join('\n') + '\n';
}
