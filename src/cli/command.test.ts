import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../engine/index.js';
import { analysisExitCode, EXIT } from './command.js';

type Outcome = Pick<AnalysisReport, 'faults' | 'verdict'>;

const alert: Outcome['faults'][number] = {
  id: 'pelvic_tuck',
  worstSeverity: 'alert',
  reps: [2],
  count: 1,
  meanConfidence: 0.9,
  fix: 'Stop higher.',
};

describe('analysisExitCode (--fail-on-alert)', () => {
  const clean: Outcome = { faults: [], verdict: { level: 'clean', headline: 'Clean set.' } };
  const notJudged: Outcome = { faults: [], verdict: { level: 'not_judged', headline: 'Not judged: ...' } };
  const stop: Outcome = { faults: [alert], verdict: { level: 'stop', headline: 'Stop.' } };

  it('without the flag every analysis that ran exits 0', () => {
    for (const r of [clean, notJudged, stop]) expect(analysisExitCode(r, false)).toBe(EXIT.ok);
  });

  it('with the flag: 1 for an alert, 6 for a set that could not be judged, 0 for a judged clean set', () => {
    expect(analysisExitCode(stop, true)).toBe(EXIT.faultsFound);
    expect(analysisExitCode(notJudged, true)).toBe(EXIT.notJudged);
    expect(EXIT.notJudged).toBe(6);
    expect(analysisExitCode(clean, true)).toBe(EXIT.ok);
  });
});
