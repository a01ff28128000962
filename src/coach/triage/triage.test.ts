import { describe, expect, it } from 'vitest';
import { parseTriageAnswers, SAFETY_FIELDS, TriageAnswersError, type TriageAnswers } from './answers.js';
import { TRIAGE_RULES } from './rules.js';
import { triage } from './triage.js';
import type { TriageLevel } from './types.js';
import { CALM_ANSWERS } from './test-answers.js';

const calm: TriageAnswers = CALM_ANSWERS;

/** One change from `calm` and the level it must reach on its own (written out, not derived from rules). */
const SINGLE_FLAGS: readonly [string, Partial<TriageAnswers>, TriageLevel][] = [
  ['saddle numbness', { saddleNumbness: true }, 'emergency'],
  ['bladder or bowel change', { bladderOrBowelChange: true }, 'emergency'],
  ['leg weakness', { legWeakness: true }, 'emergency'],
  ['fever', { fever: true }, 'urgent'],
  ['temperature 38.2 C', { temperatureC: 38.2 }, 'urgent'],
  ['immunosuppression or IV drugs', { immunosuppressionOrIvDrugs: true }, 'urgent'],
  ['cancer history', { cancerHistory: true }, 'urgent'],
  ['cancer listed as a condition', { knownConditions: ['Cancer'] }, 'urgent'],
  ['unexplained weight loss', { unexplainedWeightLoss: true }, 'urgent'],
  ['night pain', { nightPain: true }, 'urgent'],
  ['age 51', { age: 51 }, 'urgent'],
  ['significant trauma', { significantTrauma: true }, 'urgent'],
  ['osteoporosis, pain during a set', { osteoporosisOrSteroids: true, onset: 'during_set' }, 'urgent'],
  ['osteoporosis, gradual pain', { osteoporosisOrSteroids: true, onset: 'gradual' }, 'see_clinician'],
  ['pain below the knee', { radiatesBelowKnee: true }, 'see_clinician'],
  ['numbness or tingling', { numbnessOrTingling: true }, 'see_clinician'],
  ['pain for 4 weeks', { durationDays: 28 }, 'see_clinician'],
  ['age 19', { age: 19 }, 'see_clinician'],
  ['ankylosing spondylitis', { knownConditions: ['Ankylosing spondylitis'] }, 'see_clinician'],
  ['slipped disc', { knownConditions: ['slipped disc'] }, 'see_clinician'],
  ['spinal stenosis', { knownConditions: ['spinal-stenosis'] }, 'see_clinician'],
  ['pain 8/10', { painScore: 8 }, 'see_clinician'],
];

const NOT_FLAGS: readonly [string, Partial<TriageAnswers>][] = [
  ['age 50', { age: 50 }],
  ['age 20', { age: 20 }],
  ['pain for 27 days', { durationDays: 27 }],
  ['pain 7/10', { painScore: 7 }],
  ['temperature 37.5 C', { temperatureC: 37.5 }],
  ['sharp pain during a set', { onset: 'during_set', character: 'sharp' }],
  ['worse next morning', { painWorseNextMorning: true }],
];

describe('triage decision table', () => {
  it('gives self-care when every safety question is answered no', () => {
    const result = triage(calm);
    expect(result.level).toBe('self_care');
    expect(result.reasons).toEqual([]);
    expect(result.unanswered).toEqual([]);
    expect(result.trainingAdviceAllowed).toBe(true);
  });

  it.each(SINGLE_FLAGS)('%s alone reaches its level', (_name, change, level) => {
    const result = triage({ ...calm, ...change });
    expect(result.level).toBe(level);
    expect(result.reasons[0]?.level).toBe(level);
    for (const field of Object.keys(change).filter((f) => f !== 'onset')) {
      expect(result.reasons.flatMap((r) => r.fields)).toContain(field);
    }
  });

  it.each(NOT_FLAGS)('%s alone stays self-care', (_name, change) => {
    expect(triage({ ...calm, ...change }).level).toBe('self_care');
  });

  it('exercises every rule of the table in the cases above', () => {
    const fired = new Set(
      SINGLE_FLAGS.flatMap(([, change]) => triage({ ...calm, ...change }).reasons.map((r) => r.ruleId)),
    );
    for (const rule of TRIAGE_RULES) expect(fired.has(rule.id), rule.id).toBe(true);
  });

  it('takes the most serious level when flags combine, listing every reason most serious first', () => {
    const result = triage({ ...calm, radiatesBelowKnee: true, fever: true, saddleNumbness: true });
    expect(result.level).toBe('emergency');
    expect(result.reasons.map((r) => r.level)).toEqual(['emergency', 'urgent', 'see_clinician']);
    expect(triage({ ...calm, radiatesBelowKnee: true, age: 60 }).level).toBe('urgent');
  });

  it('never gives self-care with no information, and names every unanswered safety question', () => {
    const result = triage({});
    expect(result.level).toBe('see_clinician');
    expect(result.unanswered.map((u) => u.field).sort()).toEqual([...SAFETY_FIELDS].sort());
    expect(result.reasons[0]?.ruleId).toBe('unanswered_safety_questions');
  });

  it('treats a single missing or null safety answer conservatively', () => {
    const { nightPain: _omit, ...missingOne } = calm;
    const missing = triage(missingOne);
    expect(missing.level).toBe('see_clinician');
    expect(missing.unanswered.map((u) => u.field)).toEqual(['nightPain']);
    expect(missing.reasons[0]).toMatchObject({
      ruleId: 'unanswered_safety_questions',
      fields: ['nightPain'],
    });

    expect(triage({ ...calm, saddleNumbness: null }).level).toBe('see_clinician');
  });

  it('still escalates on a yes even when other safety answers are missing', () => {
    expect(triage({ bladderOrBowelChange: true }).level).toBe('emergency');
    expect(triage({ fever: true }).level).toBe('urgent');
  });

  it('allows no training advice for emergency or urgent results', () => {
    expect(triage({ ...calm, legWeakness: true }).trainingAdviceAllowed).toBe(false);
    expect(triage({ ...calm, nightPain: true }).trainingAdviceAllowed).toBe(false);
    expect(triage({ ...calm, radiatesBelowKnee: true }).trainingAdviceAllowed).toBe(true);
  });
});

describe('triage next steps (codes; src/present/vocabulary words them)', () => {
  const codes = (answers: TriageAnswers) => triage(answers).steps.map((s) => s.code);

  it('sends an emergency now, and says nothing about training but not to train', () => {
    expect(codes({ ...calm, saddleNumbness: true })).toEqual([
      'go_now',
      'tell_them_symptoms',
      'no_driving_if_leg_weak',
      'do_not_train',
    ]);
  });

  it('sends an urgent case to a doctor today, no training, with the emergency signs', () => {
    expect(codes({ ...calm, fever: true })).toEqual([
      'contact_doctor_today',
      'no_training_until_checked',
      'emergency_signs',
    ]);
  });

  it('books a clinician within days for see_clinician, skipping the leg press meanwhile', () => {
    expect(codes({ ...calm, numbnessOrTingling: true })).toEqual([
      'book_clinician',
      'gentle_movement_no_leg_press',
      'advice_today_if_worse',
      'emergency_signs',
    ]);
  });

  it('keeps self-care moving, with when to see someone and the emergency signs', () => {
    expect(codes(calm)).toEqual(['keep_moving', 'follow_plan', 'see_if_not_better', 'emergency_signs']);
  });

  it('asks first for the unanswered questions, and last about conditions Spotter does not know', () => {
    const { nightPain: _omit, ...missingOne } = calm;
    expect(codes(missingOne)[0]).toBe('answer_unanswered');
    const listed = triage({ ...calm, knownConditions: ['gout'] });
    expect(listed.steps.at(-1)).toEqual({ code: 'check_other_conditions', params: { conditions: ['gout'] } });
    expect(codes({ saddleNumbness: true, knownConditions: ['gout'] })).not.toContain(
      'check_other_conditions',
    );
  });

  it('gives each threshold rule the number it compared with', () => {
    const threshold = (answers: TriageAnswers) => triage(answers).reasons[0]?.params?.threshold;
    expect(threshold({ ...calm, temperatureC: 38.2 })).toBe(38);
    expect(threshold({ ...calm, age: 51 })).toBe(50);
    expect(threshold({ ...calm, age: 19 })).toBe(20);
    expect(threshold({ ...calm, durationDays: 28 })).toBe(28);
    expect(threshold({ ...calm, painScore: 8 })).toBe(8);
    expect(triage({ ...calm, fever: true }).reasons[0]?.params?.threshold).toBe(38);
    expect(triage({ ...calm, nightPain: true }).reasons[0]?.params).toBeUndefined();
  });
});

describe('parseTriageAnswers', () => {
  const fieldOf = (raw: unknown): string => {
    try {
      parseTriageAnswers(raw);
    } catch (err) {
      expect(err).toBeInstanceOf(TriageAnswersError);
      return (err as TriageAnswersError).field;
    }
    throw new Error('expected a TriageAnswersError');
  };

  it('names the malformed field and what it expects', () => {
    expect(fieldOf({ painScore: 12 })).toBe('painScore');
    expect(() => parseTriageAnswers({ painScore: 12 })).toThrow(/painScore.*0.*10.*got 12/);
    expect(fieldOf({ onset: 'sometime' })).toBe('onset');
    expect(fieldOf({ fever: 'yes' })).toBe('fever');
    expect(fieldOf({ knownConditions: 'disc' })).toBe('knownConditions');
    expect(fieldOf({ knownConditions: ['disc', 3] })).toBe('knownConditions');
    expect(() => parseTriageAnswers({ knownConditions: ['disc', 3] })).toThrow(/knownConditions\.1/);
  });

  it('rejects a document that is not an object', () => {
    expect(fieldOf([])).toBe('');
    expect(fieldOf('hello')).toBe('');
  });

  it('accepts the full contract and lists unknown fields instead of dropping them silently', () => {
    const parsed = parseTriageAnswers({ ...calm, saddleNumbess: true, clinicId: 'x' });
    expect(parsed.answers.age).toBe(calm.age);
    expect(parsed.ignoredFields).toEqual(['saddleNumbess', 'clinicId']);
    expect(triage(parsed.answers).level).toBe('self_care');
  });
});
