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
    expect(result.unanswered[0]?.question.length).toBeGreaterThan(10);
  });

  it('treats a single missing or null safety answer conservatively', () => {
    const { nightPain: _omit, ...missingOne } = calm;
    const missing = triage(missingOne);
    expect(missing.level).toBe('see_clinician');
    expect(missing.unanswered.map((u) => u.field)).toEqual(['nightPain']);
    expect(missing.reasons[0]?.text).toMatch(/nightPain/);

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

describe('triage wording', () => {
  const byLevel = {
    emergency: triage({ ...calm, saddleNumbness: true }),
    urgent: triage({ ...calm, fever: true }),
    see_clinician: triage({ ...calm, numbnessOrTingling: true }),
    self_care: triage(calm),
  };
  const allText = (level: TriageLevel) => [byLevel[level].headline, ...byLevel[level].nextSteps].join(' ');

  it('tells an emergency to get emergency care now, and nothing about training but to stop', () => {
    expect(byLevel.emergency.headline).toMatch(/emergency/i);
    expect(byLevel.emergency.headline).toMatch(/\bnow\b/i);
    expect(allText('emergency')).not.toMatch(/stretch|prehab|self-care|walk|ice|heat|physio/i);
    expect(allText('emergency')).toMatch(/do not train/i);
  });

  it('tells an urgent case to get advice today, not to train, and when to escalate', () => {
    expect(byLevel.urgent.headline).toMatch(/today/i);
    expect(byLevel.urgent.headline).not.toMatch(/emergency department/i);
    expect(allText('urgent')).toMatch(/do not train/i);
    expect(allText('urgent')).toMatch(/emergency care at once/i);
  });

  it('tells see_clinician to stop pressing and book a clinician within days', () => {
    expect(byLevel.see_clinician.headline).toMatch(/stop leg pressing/i);
    expect(byLevel.see_clinician.headline).toMatch(/doctor or physiotherapist/i);
    expect(byLevel.see_clinician.headline).not.toMatch(/today|now:/i);
  });

  it('tells self-care to stay active and still names the emergency signs', () => {
    expect(allText('self_care')).toMatch(/active|keep moving/i);
    expect(allText('self_care')).toMatch(/3-4 weeks/);
    expect(allText('self_care')).toMatch(/emergency care at once/i);
  });

  it('says briefly at every level that this is not a diagnosis', () => {
    for (const result of Object.values(byLevel)) {
      expect(result.note).toMatch(/not a diagnosis/i);
      expect(result.note.length).toBeLessThan(200);
    }
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
