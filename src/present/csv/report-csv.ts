/**
 * The per-rep CSV: one row per rep (a spreadsheet-friendly copy of the per-rep table), cells by the shared
 * encoder. The columns are named as the JSON report's fields (`rep` is a rep's `index`); faults are
 * `id:severity` pairs. The web app's CSV export; the CLI can write the same file.
 */
import type { AnalysisReport } from '../../engine/index.js';
import { csvRow } from '../../formats/csv-cell.js';

/** The columns, in order. */
export const REPORT_CSV_COLUMNS = [
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
] as const;

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
  return [REPORT_CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
