import { describe, expect, it } from 'vitest';
import { addSet, emptyLog, setPain } from '../../log/edit-log.js';
import type { TrainingLog } from '../../log/types.js';
import { parseTrainingLogCsv, trainingLogToCsv } from './csv.js';
import { parseTrainingLogJson } from './parse-training-log.js';
import { parseReportForLogJson } from './read-report.js';
import { serializeTrainingLog } from './serialize-training-log.js';
import { TrainingLogFormatError } from './training-log-format-error.js';

function sample(): TrainingLog {
  let log = emptyLog({ targetReps: 8, plateIncrementKg: 5 });
  log = addSet(log, {
    atIso: '2026-11-16T18:00:00+01:00',
    loadKg: 120,
    reps: 10,
    rir: 2,
    pain: { during: 1 },
    notes: 'felt "heavy", seat at 4',
    analysis: {
      repsSeen: 10,
      eccentricMeanS: 1.8,
      hipFlexionMaxDeg: 104.5,
      verdict: 'minor',
      faults: [{ id: 'pelvic_tuck', count: 2, worstSeverity: 'warn' }],
    },
  }).log;
  log = addSet(log, { atIso: '2026-11-18T07:30:00Z', loadKg: 122.5, reps: 9, rpe: 8.5, pain: {} }).log;
  return setPain(log, 2, { nextMorning: 3 });
}

function errorOf(fn: () => unknown): TrainingLogFormatError {
  try {
    fn();
  } catch (err) {
    if (err instanceof TrainingLogFormatError) return err;
    throw err;
  }
  throw new Error('expected a TrainingLogFormatError');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
type Doc = Record<string, any>;
const docWith = (patch: (doc: Doc) => void): string => {
  const doc = JSON.parse(serializeTrainingLog(sample())) as Doc;
  patch(doc);
  return JSON.stringify(doc);
};

describe('training log JSON', () => {
  it('round-trips a log exactly', () => {
    const log = sample();
    expect(parseTrainingLogJson(serializeTrainingLog(log))).toEqual(log);
  });

  it('names the field and the set of a bad value', () => {
    const e = errorOf(() => parseTrainingLogJson(docWith((d) => (d.sets[1].pain.nextMorning = 12))));
    expect(e.where).toBe('sets[1].pain.nextMorning');
    expect(e.message).toMatch(/sets\[1\]\.pain\.nextMorning must be <= 10, not 12/);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const e = errorOf(() => parseTrainingLogJson(docWith((d) => (d.sets[0].pain.nextMornin = 2))));
    expect(e.message).toMatch(/unknown field "nextMornin"/);
    expect(e.where).toBe('sets[0].pain');
  });

  it('rejects a date-time without an offset, duplicate ids, other formats, versions and broken JSON', () => {
    expect(
      errorOf(() => parseTrainingLogJson(docWith((d) => (d.sets[0].atIso = '2026-11-16 18:00')))).where,
    ).toBe('sets[0].atIso');
    expect(errorOf(() => parseTrainingLogJson(docWith((d) => (d.sets[1].id = 1)))).message).toMatch(
      /used twice/,
    );
    expect(
      errorOf(() => parseTrainingLogJson(docWith((d) => (d.format = 'spotter-keypoint-track')))).message,
    ).toMatch(/not a Spotter training log/);
    expect(errorOf(() => parseTrainingLogJson(docWith((d) => (d.version = 2)))).message).toMatch(
      /version 2 is not supported/,
    );
    expect(errorOf(() => parseTrainingLogJson(serializeTrainingLog(sample()).slice(0, 80))).message).toMatch(
      /truncated/,
    );
    expect(errorOf(() => parseTrainingLogJson('')).message).toMatch(/empty/);
    expect(errorOf(() => parseTrainingLogJson('[]')).message).toMatch(/an array/);
  });
});

describe('training log CSV', () => {
  it('round-trips every column, including quoted notes and faults', () => {
    const log = sample();
    const back = parseTrainingLogCsv(trainingLogToCsv(log), log.settings);
    expect(back).toEqual(log);
  });

  it('names the line and column of a bad cell', () => {
    const csv = trainingLogToCsv(sample()).replace(',122.5,', ',lots,');
    const e = errorOf(() => parseTrainingLogCsv(csv));
    expect(e.message).toMatch(/line 3, column load_kg: "lots" is not a number/);
    const missing = errorOf(() => parseTrainingLogCsv('at,reps\n2026-11-16T18:00:00Z,10\n'));
    expect(missing.message).toMatch(/no "load_kg" column/);
    const pain = errorOf(() =>
      parseTrainingLogCsv('at,load_kg,reps,pain_after\n2026-11-16T18:00:00Z,100,10,11\n'),
    );
    expect(pain.message).toMatch(/line 2: pain\.after must be/);
  });
});

describe('analysis report for the log', () => {
  it('accepts a report with extra fields and nulls for NaN', () => {
    const report = {
      schemaVersion: 1,
      plan: { mode: 'coach' },
      reps: [{ index: 1, hipFlexionMaxDeg: 101, kneeMinDeg: null, eccentricS: 2, concentricS: 1 }],
      faults: [],
    };
    expect(parseReportForLogJson(JSON.stringify(report)).reps).toHaveLength(1);
  });

  it('says what is missing from something that is not a report', () => {
    expect(errorOf(() => parseReportForLogJson('{"format":"spotter-training-log"}')).message).toMatch(
      /not a Spotter analysis report: reps/,
    );
  });
});
