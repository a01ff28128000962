/**
 * The training log as CSV, one row per set, for spreadsheets; and back. Pain, tempo, depth and faults are
 * columns; faults are `id:count:severity` joined by `;`. Cells go through the shared encoder (csv-cell.ts): text
 * that a spreadsheet would run as a formula is neutralised, numbers stay numbers. A CSV row that cannot be read
 * throws a TrainingLogFormatError naming its line and column.
 */
import { FAULT_IDS, VERDICTS, type FaultId, type Severity } from '../../engine/index.js';
import {
  addSet,
  emptyLog,
  LogEntryError,
  type SetInput,
  type LoggedSet,
  type LogSettings,
  type SetAnalysis,
  type SetFault,
  type TrainingLog,
} from '../../log/index.js';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { csvCellText, csvRow } from '../csv-cell.js';
import { TrainingLogFormatError } from './training-log-format-error.js';

export const CSV_COLUMNS = [
  'id',
  'at',
  'exercise',
  'load_kg',
  'reps',
  'target_reps',
  'rir',
  'rpe',
  'pain_during',
  'pain_after',
  'pain_next_morning',
  'reps_seen',
  'eccentric_mean_s',
  'concentric_mean_s',
  'hip_flexion_max_deg',
  'knee_min_deg',
  'safe_depth_deg',
  'verdict',
  'faults',
  'notes',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

function row(set: LoggedSet): string {
  const a = set.analysis;
  const values: Record<Column, string | number | undefined> = {
    id: set.id,
    at: set.atIso,
    exercise: set.exercise,
    load_kg: set.loadKg,
    reps: set.reps,
    target_reps: set.targetReps,
    rir: set.rir,
    rpe: set.rpe,
    pain_during: set.pain.during,
    pain_after: set.pain.after,
    pain_next_morning: set.pain.nextMorning,
    reps_seen: a?.repsSeen,
    eccentric_mean_s: a?.eccentricMeanS,
    concentric_mean_s: a?.concentricMeanS,
    hip_flexion_max_deg: a?.hipFlexionMaxDeg,
    knee_min_deg: a?.kneeMinDeg,
    safe_depth_deg: a?.safeDepthDeg,
    verdict: a?.verdict,
    faults: a?.faults.map((f) => `${f.id}:${f.count}:${f.worstSeverity}`).join(';'),
    notes: set.notes,
  };
  return csvRow(CSV_COLUMNS.map((c) => values[c]));
}

export function trainingLogToCsv(log: TrainingLog): string {
  return `${[CSV_COLUMNS.join(','), ...log.sets.map(row)].join('\n')}\n`;
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
      cells = [];
      field = '';
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted)
    throw new TrainingLogFormatError(
      `a quoted field starting on line ${recordLine} is never closed`,
      `line ${recordLine}`,
    );
  cells.push(field);
  if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
  return records;
}

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'alert'];

/**
 * Reads a CSV written by trainingLogToCsv (columns in any order; only `at`, `load_kg` and `reps` required).
 * Set ids are assigned afresh in row order; `settings` apply to the new log.
 */
export function parseTrainingLogCsv(text: string, settings: Partial<LogSettings> = {}): TrainingLog {
  const records = parseRecords(withoutByteOrderMark(text));
  const header = records.shift();
  if (header === undefined) throw new TrainingLogFormatError('the CSV file is empty; expected a header row');
  const index = new Map<string, number>(header.cells.map((name, i) => [name.trim(), i]));
  for (const required of ['at', 'load_kg', 'reps'] as const) {
    if (!index.has(required)) {
      throw new TrainingLogFormatError(
        `the CSV header has no "${required}" column (columns: ${CSV_COLUMNS.join(', ')})`,
        'line 1',
      );
    }
  }
  let log = emptyLog(settings);
  for (const { line, cells } of records) {
    const text = (c: Column) => {
      const i = index.get(c);
      // csvCellText takes off the quote that neutralised a formula-like cell (csv-cell.ts).
      const v = i === undefined ? '' : csvCellText(cells[i] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const fail = (c: Column, why: string): never => {
      throw new TrainingLogFormatError(`line ${line}, column ${c}: ${why}`, `line ${line}, column ${c}`);
    };
    const num = (c: Column) => {
      const v = text(c);
      if (v === undefined) return undefined;
      const n = Number(v);
      return Number.isFinite(n) ? n : fail(c, `${JSON.stringify(v)} is not a number`);
    };
    const exercise = text('exercise');
    if (exercise !== undefined && exercise !== 'leg_press')
      fail('exercise', `only "leg_press" is logged, not ${JSON.stringify(exercise)}`);
    const faults: SetFault[] = [];
    for (const part of (text('faults') ?? '').split(';').filter((p) => p.trim() !== '')) {
      const [id, count, severity] = part.trim().split(':');
      if (!FAULT_IDS.includes(id as FaultId)) fail('faults', `unknown fault id ${JSON.stringify(id)}`);
      if (!SEVERITIES.includes(severity as Severity) || !Number.isInteger(Number(count))) {
        fail('faults', `${JSON.stringify(part)} must be id:count:severity, e.g. pelvic_tuck:2:alert`);
      }
      faults.push({ id: id as FaultId, count: Number(count), worstSeverity: severity as Severity });
    }
    const verdict = text('verdict');
    if (verdict !== undefined && !(VERDICTS as readonly string[]).includes(verdict)) {
      fail('verdict', `must be one of ${VERDICTS.join(', ')}`);
    }
    const repsSeen = num('reps_seen');
    const analysisValues = {
      eccentricMeanS: num('eccentric_mean_s'),
      concentricMeanS: num('concentric_mean_s'),
      hipFlexionMaxDeg: num('hip_flexion_max_deg'),
      kneeMinDeg: num('knee_min_deg'),
      safeDepthDeg: num('safe_depth_deg'),
      verdict: verdict as SetAnalysis['verdict'],
    };
    const defined = Object.fromEntries(Object.entries(analysisValues).filter(([, v]) => v !== undefined));
    const analysis: SetAnalysis | undefined =
      repsSeen !== undefined || faults.length > 0 || Object.keys(defined).length > 0
        ? { repsSeen: repsSeen ?? 0, ...defined, faults }
        : undefined;
    const pain = Object.fromEntries(
      Object.entries({
        during: num('pain_during'),
        after: num('pain_after'),
        nextMorning: num('pain_next_morning'),
      }).filter(([, v]) => v !== undefined),
    );
    const input: SetInput = {
      atIso: text('at') ?? fail('at', 'is empty'),
      loadKg: num('load_kg') ?? fail('load_kg', 'is empty'),
      reps: num('reps') ?? fail('reps', 'is empty'),
      ...Object.fromEntries(
        Object.entries({ targetReps: num('target_reps'), rir: num('rir'), rpe: num('rpe') }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
      ...(analysis !== undefined && { analysis }),
      pain,
      ...(text('notes') !== undefined && { notes: text('notes') }),
    };
    try {
      log = addSet(log, input).log;
    } catch (err) {
      if (err instanceof LogEntryError)
        throw new TrainingLogFormatError(`line ${line}: ${err.message}`, `line ${line}`);
      throw err;
    }
  }
  return log;
}
