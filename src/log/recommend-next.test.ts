import { describe, expect, it } from 'vitest';
import { addSet, emptyLog, setPain, type SetInput } from './edit-log.js';
import { LOAD_RULE_CONFIG as C } from './load-rules.js';
import { recommendNext } from './recommend-next.js';
import { wordNextSession } from '../present/vocabulary/index.js';
import type { TrainingLog } from './types.js';

/** A log from sets given as [day of November 2026, hour, load, reps, extras]. */
function logOf(
  sets: readonly [number, number, number, number, Partial<SetInput>?][],
  settings = {},
): TrainingLog {
  let log = emptyLog({ targetReps: 10, plateIncrementKg: 2.5, ...settings });
  for (const [day, hour, loadKg, reps, extra] of sets) {
    const atIso = `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;
    log = addSet(log, { atIso, loadKg, reps, pain: { nextMorning: 0 }, ...extra }).log;
  }
  return log;
}
const NOW = '2026-11-20T18:00:00+01:00';
const rules = (log: TrainingLog, now = NOW) => recommendNext(log, now).reasons.map((r) => r.ruleId);

describe('2-for-2 progression', () => {
  it('adds load after two sessions in a row two reps over the goal, rounded to the plates', () => {
    const log = logOf([
      [10, 18, 120, 12],
      [13, 18, 120, 12],
    ]);
    const next = recommendNext(log, NOW);
    expect(next.action).toBe('increase');
    // 2.5% of 120 kg is 3 kg: the nearest 2.5 kg plate step.
    expect(next.loadKg).toBe(122.5);
    expect(rules(log)).toContain('progress_2_for_2');
    expect(next.reasons.find((r) => r.ruleId === 'progress_2_for_2')!.sources).toContain('evidence.md §5');
  });

  it('takes the larger 5% step when the last set was easy (more than 3 reps in reserve)', () => {
    const log = logOf([
      [10, 18, 120, 12],
      [13, 18, 120, 12, { rir: 5 }],
    ]);
    const next = recommendNext(log, NOW);
    expect(next.loadKg).toBe(125);
    expect(rules(log)).toContain('effort_out_of_range');
  });

  it('holds after only one session over the goal, or two at different loads', () => {
    expect(recommendNext(logOf([[13, 18, 120, 12]]), NOW).action).toBe('hold');
    const changed = logOf([
      [10, 18, 117.5, 12],
      [13, 18, 120, 12],
    ]);
    expect(recommendNext(changed, NOW).action).toBe('hold');
    expect(recommendNext(changed, NOW).loadKg).toBe(120);
  });

  it('holds when the last set is only one rep over the goal', () => {
    const log = logOf([
      [10, 18, 120, 11],
      [13, 18, 120, 11],
    ]);
    expect(recommendNext(log, NOW).action).toBe('hold');
    expect(rules(log)).toContain('hold_until_2_for_2');
  });

  it('reads the last set at the top load, not a lighter back-off set', () => {
    const log = logOf([
      [10, 18, 120, 12],
      [10, 19, 100, 15],
      [13, 18, 120, 12],
      [13, 19, 100, 8],
    ]);
    expect(recommendNext(log, NOW).action).toBe('increase');
  });

  it('never steps less than one plate on a light load', () => {
    const log = logOf(
      [
        [10, 18, 40, 12],
        [13, 18, 40, 12],
      ],
      { plateIncrementKg: 5 },
    );
    expect(recommendNext(log, NOW).loadKg).toBe(45);
  });
});

describe('pain rules', () => {
  const progressing = logOf([
    [10, 18, 120, 12],
    [13, 18, 120, 12],
  ]);

  it('reduces the load when pain is worse the next morning than after the session', () => {
    const log = setPain(progressing, 2, { after: 1, nextMorning: 3 });
    const next = recommendNext(log, NOW);
    expect(next.action).toBe('reduce');
    expect(next.loadKg).toBeLessThan(120);
    expect(next.loadKg! % 2.5).toBe(0);
    expect(next.seeTriage).toBe(true);
    expect(rules(log)).toContain('worse_next_morning');
  });

  it('reduces when next-morning pain is worse than the morning before the session', () => {
    let log = setPain(progressing, 1, { nextMorning: 1 });
    log = setPain(log, 2, { nextMorning: 2 });
    expect(recommendNext(log, NOW).action).toBe('reduce');
  });

  it('holds instead of progressing while some pain has not settled by the morning', () => {
    const log = setPain(progressing, 2, { after: 3, nextMorning: 2 });
    const next = recommendNext(log, NOW);
    expect(next.action).toBe('hold');
    expect(next.loadKg).toBe(120);
    expect(rules(log)).toContain('pain_not_settled');
  });

  it(`stops and points to the triage when pain goes above ${C.painStopScore}/10`, () => {
    const log = setPain(progressing, 2, { during: C.painStopScore + 1 });
    const next = recommendNext(log, NOW);
    expect(next.action).toBe('stop');
    expect(next.seeTriage).toBe(true);
    expect(next.reasons[0]!.ruleId).toBe('pain_stop');
    expect(next.reasons[0]!.params).toMatchObject({ pain: C.painStopScore + 1 });
    // Worded by the presenters: the terminal names the triage command, the web app its Coach page only.
    const cli = wordNextSession(next, 'cli');
    expect(cli.reasons[0]!.text).toContain('spotter triage');
    expect(cli.headline).toMatch(/^Stop: pain 6\/10/);
    const app = wordNextSession(next, 'app').reasons[0]!.text;
    expect(app).toContain('Coach page');
    expect(app).not.toMatch(/spotter [a-z]|--[a-z]|evidence\.md|\[/);
  });

  it(`does not stop at exactly ${C.painStopScore}/10 during the set`, () => {
    const log = setPain(progressing, 2, { during: C.painStopScore, after: C.painStopScore });
    expect(recommendNext(log, NOW).action).not.toBe('stop');
  });

  it('asks for the next-morning score when it is missing', () => {
    const log = addSet(emptyLog(), { atIso: '2026-11-13T18:00:00+01:00', loadKg: 100, reps: 10 }).log;
    expect(rules(log)).toContain('next_morning_missing');
  });
});

describe('form and rest', () => {
  it('holds the load when the video showed load_too_heavy, even after 2-for-2', () => {
    const analysis = {
      repsSeen: 12,
      faults: [{ id: 'load_too_heavy' as const, count: 1, worstSeverity: 'warn' as const }],
    };
    const log = logOf([
      [10, 18, 120, 12],
      [13, 18, 120, 12, { analysis }],
    ]);
    const next = recommendNext(log, NOW);
    expect(next.action).toBe('hold');
    expect(rules(log)).toContain('hold_on_faults');
  });

  it('warns when less than 48 h passed since the last hard session, and says when', () => {
    const log = logOf([[19, 18, 120, 10, { rir: 2 }]]);
    const next = recommendNext(log, NOW);
    expect(next.rest.ok).toBe(false);
    expect(next.rest.hoursSinceLastHard).toBe(24);
    expect(next.rest.earliestIso).toBe('2026-11-21T18:00:00+01:00');
    expect(rules(log)).toContain('rest_48h');
  });

  it('lets an easy session (RIR above 3) count as not hard', () => {
    const log = logOf([
      [16, 18, 120, 10, { rir: 2 }],
      [19, 18, 60, 10, { rir: 6 }],
    ]);
    const next = recommendNext(log, NOW);
    expect(next.rest.ok).toBe(true);
    expect(next.rest.hoursSinceLastHard).toBe(96);
  });

  it('ignores sets logged after "now"', () => {
    const log = logOf([
      [10, 18, 120, 12],
      [13, 18, 120, 12],
      [25, 18, 50, 1, { pain: { during: 9 } }],
    ]);
    expect(recommendNext(log, NOW).action).toBe('increase');
  });

  it('starts from nothing on an empty log', () => {
    const next = recommendNext(emptyLog(), NOW);
    expect(next.action).toBe('start');
    expect(next.loadKg).toBeNull();
  });
});
