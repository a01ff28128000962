/** One CSV row per rep (spreadsheet-friendly export of the per-rep table), cells by the shared encoder. */
import type { AnalysisReport } from '../../../src/engine/report/types.js';
import { csvRow } from '../../../src/formats/csv-cell.js';

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

/** Numbers to 3 decimals (still numbers: negatives stay readable as numbers); text as it is. */
const rounded = (v: string | number): string | number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1000) / 1000 : v;

export function reportToCsv(report: AnalysisReport): string {
  const rows = report.reps.map((r) =>
    csvRow(
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
      ].map(rounded),
    ),
  );
  return [HEADER.join(','), ...rows].join('\n') + '\n';
}
