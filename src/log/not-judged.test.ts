/** A video report that judged nothing goes into the training log as "not judged", never as clean. */
import { describe, expect, it } from 'vitest';
import { formatRecentSets, formatSet } from '../cli/commands/log-present.js';
import {
  parseTrainingLogCsv,
  parseTrainingLogJson,
  readReportForLog,
  serializeTrainingLog,
  trainingLogToCsv,
} from '../formats/training-log/index.js';
import { addSet, emptyLog } from './edit-log.js';
import { summarizeReport } from './summarize-report.js';

const report = {
  reps: [],
  faults: [],
  safeDepth: { hipFlexionDeg: 100 },
  verdict: { level: 'not_judged', headline: 'Not judged: no complete rep was found.' },
};

describe('a not-judged report in the training log', () => {
  const analysis = summarizeReport(readReportForLog(report));
  const { log, set } = addSet(emptyLog(), {
    atIso: '2026-11-21T18:05:00+01:00',
    loadKg: 100,
    reps: 10,
    analysis,
  });

  it('keeps the verdict not_judged', () => {
    expect(analysis).toMatchObject({ repsSeen: 0, verdict: 'not_judged', faults: [] });
  });

  it('survives the JSON and CSV formats', () => {
    expect(parseTrainingLogJson(serializeTrainingLog(log)).sets[0]!.analysis?.verdict).toBe('not_judged');
    expect(parseTrainingLogCsv(trainingLogToCsv(log)).sets[0]!.analysis?.verdict).toBe('not_judged');
  });

  it('reads "not judged" in the terminal, never "clean"', () => {
    expect(formatSet(set)).toContain('not judged');
    const table = formatRecentSets([set]);
    expect(table).toContain('not judged');
    expect(table).not.toMatch(/\bclean\b/);
  });
});
