import { describe, expect, it } from 'vitest';
import { buildPlan } from '../coach/advice/build-plan.js';
import { addSet, emptyLog, removeSet, setPain, updateSet, LogEntryError } from './edit-log.js';
import { acuteChronicRatio } from './acute-chronic.js';
import { LOAD_RULE_CONFIG_SOURCES, LOAD_RULES, LOAD_RULE_IDS } from './load-rules.js';
import { plateStep, roundToIncrement } from './round-load.js';
import { trainingHistory } from './to-history.js';
import { summarizeReport } from './summarize-report.js';
import { msToIso, weekStartDate } from './time.js';
import { weeklyTrends } from './weekly-trends.js';
import type { SetAnalysis, TrainingLog } from './types.js';

function weeksOf(volumesPerWeek: readonly number[], endMondayIso = '2026-11-16'): TrainingLog {
  let log = emptyLog();
  const endMs = Date.parse(`${endMondayIso}T00:00:00Z`);
  volumesPerWeek.forEach((volume, i) => {
    const weeksBack = volumesPerWeek.length - 1 - i;
    const atIso = msToIso(endMs - weeksBack * 7 * 86_400_000 + 18 * 3_600_000);
    log = addSet(log, { atIso, loadKg: volume / 10, reps: 10 }).log;
  });
  return log;
}

describe('weekly trends', () => {
  it('sums volume load and finds the top set per Monday-based week', () => {
    let log = emptyLog();
    for (const [atIso, loadKg, reps] of [
      ['2026-11-16T18:00:00+01:00', 100, 10],
      ['2026-11-16T18:05:00+01:00', 110, 8],
      ['2026-11-19T18:00:00+01:00', 110, 9],
      ['2026-11-23T07:00:00+01:00', 115, 8],
    ] as const) {
      log = addSet(log, { atIso, loadKg, reps, pain: { during: 1 } }).log;
    }
    log = setPain(log, 3, { nextMorning: 2 });
    const weeks = weeklyTrends(log, '2026-11-30T00:00:00Z');
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-11-16', '2026-11-23']);
    expect(weeks[0]).toMatchObject({
      sessions: 2,
      sets: 3,
      reps: 27,
      volumeLoadKg: 100 * 10 + 110 * 8 + 110 * 9,
      topSetKg: 110,
      topSetReps: 9,
      painDuringMax: 1,
      painNextMorningMax: 2,
      hipFlexionMaxDeg: null,
    });
  });

  it("averages the analysed sets' lowering time and counts fault reps per analysed set, ignoring unanalysed sets", () => {
    let log = emptyLog();
    for (const [atIso, analysis] of [
      [
        '2026-11-16T18:00:00+01:00',
        {
          repsSeen: 8,
          eccentricMeanS: 1.2,
          faults: [{ id: 'pelvic_tuck', count: 2, worstSeverity: 'warn' }],
        },
      ],
      [
        '2026-11-18T18:00:00+01:00',
        {
          repsSeen: 8,
          eccentricMeanS: 1.8,
          faults: [{ id: 'fast_eccentric', count: 1, worstSeverity: 'warn' }],
        },
      ],
      ['2026-11-19T18:00:00+01:00', { repsSeen: 8, faults: [] }], // analysed, lowering not timed
      ['2026-11-20T18:00:00+01:00', undefined], // logged without a video
    ] as const satisfies readonly (readonly [string, SetAnalysis | undefined])[]) {
      log = addSet(log, { atIso, loadKg: 100, reps: 8, ...(analysis && { analysis }) }).log;
    }
    const [week] = weeklyTrends(log, '2026-11-30T00:00:00Z');
    expect(week!.analysedSets).toBe(3);
    expect(week!.eccentricMeanS).toBeCloseTo(1.5);
    expect(week!.faultRepsPerSet).toBeCloseTo(1); // 3 fault reps over 3 analysed sets
    const unanalysed = addSet(emptyLog(), { atIso: '2026-11-16T18:00:00+01:00', loadKg: 100, reps: 8 }).log;
    expect(weeklyTrends(unanalysed, '2026-11-30T00:00:00Z')[0]).toMatchObject({
      eccentricMeanS: null,
      faultRepsPerSet: null,
    });
  });

  it('uses the local date as logged: a late-evening set stays in its own week', () => {
    expect(weekStartDate('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(weekStartDate('2026-11-23')).toBe('2026-11-23'); // Monday
    const log = addSet(emptyLog(), { atIso: '2026-11-22T23:30:00-05:00', loadKg: 100, reps: 10 }).log;
    expect(weeklyTrends(log, '2026-12-01T00:00:00Z')[0]!.weekStart).toBe('2026-11-16');
  });
});

describe('acute:chronic ratio (information only)', () => {
  it('is the last 7 days over the weekly mean of the last 28', () => {
    const steady = acuteChronicRatio(weeksOf([1000, 1000, 1000, 1000]), '2026-11-20T00:00:00Z');
    expect(steady.ratio).toBe(1);
    expect(steady.flagged).toBe(false);
    const jump = acuteChronicRatio(weeksOf([500, 500, 500, 2500]), '2026-11-20T00:00:00Z');
    expect(jump.ratio).toBeCloseTo(2500 / 1000, 2);
    expect(jump.flagged).toBe(true);
  });

  it('is not computed until the log covers the chronic window', () => {
    expect(acuteChronicRatio(weeksOf([1000, 3000]), '2026-11-20T00:00:00Z').ratio).toBeNull();
  });
});

describe('load arithmetic', () => {
  it('rounds to plates without floating-point dust', () => {
    expect(roundToIncrement(122.9, 2.5)).toBe(122.5);
    expect(roundToIncrement(0.1 + 0.2, 0.1)).toBe(0.3);
    expect(plateStep(200, 2.5, 2.5)).toBe(5);
    expect(plateStep(20, 2.5, 2.5)).toBe(2.5);
  });
});

describe('editing', () => {
  it('rejects out-of-range entries naming the field, and never mutates the log', () => {
    const log = emptyLog();
    expect(() =>
      addSet(log, { atIso: '2026-11-20T18:00:00Z', loadKg: 100, reps: 10, pain: { during: 11 } }),
    ).toThrow(/pain\.during/);
    expect(() => addSet(log, { atIso: '2026-11-20 18:00', loadKg: 100, reps: 10 })).toThrow(LogEntryError);
    expect(() => addSet(log, { atIso: '2026-11-20T18:00:00Z', loadKg: -1, reps: 10 })).toThrow(/loadKg/);
    const { log: one } = addSet(log, { atIso: '2026-11-20T18:00:00Z', loadKg: 100, reps: 10 });
    expect(log.sets).toHaveLength(0);
    const edited = updateSet(one, 1, { atIso: '2026-11-20T18:00:00Z', loadKg: 105, reps: 9 });
    expect(edited.sets[0]).toMatchObject({ id: 1, loadKg: 105, reps: 9 });
    expect(one.sets[0]!.loadKg).toBe(100);
    expect(removeSet(edited, 1).sets).toHaveLength(0);
    expect(() => setPain(edited, 7, { after: 1 })).toThrow(/no set 7/);
  });
});

describe('rules as data', () => {
  it('cites at least one source for every rule and every number', () => {
    for (const id of LOAD_RULE_IDS) expect(LOAD_RULES.get(id)?.sources.length, id).toBeGreaterThan(0);
    for (const [key, sources] of Object.entries(LOAD_RULE_CONFIG_SOURCES))
      expect(sources.length, key).toBeGreaterThan(0);
  });
});

describe('the coach reads the log', () => {
  it('turns short rest and worse-next-morning pain into the plan', () => {
    let log = addSet(emptyLog(), {
      atIso: '2026-11-19T18:00:00Z',
      loadKg: 100,
      reps: 10,
      pain: { after: 0 },
    }).log;
    log = setPain(log, 1, { nextMorning: 4 });
    const history = trainingHistory(log, '2026-11-20T18:00:00Z');
    expect(history).toMatchObject({ hoursSinceLastLegSession: 24, painWorseNextMorning: true });
    const plan = buildPlan({ history });
    expect(plan.signals).toEqual(expect.arrayContaining(['short_rest', 'pain_worse_next_morning']));
  });
});

describe('report summary', () => {
  it('keeps tempo, deepest hip flexion and fault counts', () => {
    const rep = (i: number, hip: number, ecc: number) => ({
      index: i,
      startS: i,
      bottomS: i + 1,
      endS: i + 2,
      kneeMinDeg: 80 - i,
      hipFlexionMaxDeg: hip,
      eccentricS: ecc,
      concentricS: 1,
      bottomDwellS: 0,
      hipDepartureMaxThighs: 0,
      concentricMeanVelocityShanksPerS: 1,
      faults: [],
    });
    const summary = summarizeReport({
      reps: [rep(1, 100, 2), rep(2, 112, 1)],
      faults: [{ id: 'too_deep', worstSeverity: 'warn', reps: [2], count: 1, meanConfidence: 0.8, fix: 'x' }],
      verdict: { level: 'minor', headline: 'x' },
    });
    expect(summary).toMatchObject({
      repsSeen: 2,
      eccentricMeanS: 1.5,
      hipFlexionMaxDeg: 112,
      kneeMinDeg: 78,
      verdict: 'minor',
      faults: [{ id: 'too_deep', count: 1, worstSeverity: 'warn' }],
    });
  });
});
