import { describe, expect, it } from 'vitest';
import {
  SAFETY_FIELDS,
  triage,
  TRIAGE_RULES,
  type TriageAnswers,
  type TriageLevel,
} from '../../coach/index.js';
import type { Surface } from './surface.js';
import { wordTriage } from './triage-words.js';

/** Every safety question answered "no": a plain training strain. */
const calm: TriageAnswers = Object.fromEntries([
  ...SAFETY_FIELDS.map((f) => [f, f === 'age' ? 30 : f === 'durationDays' ? 2 : false]),
  ['painScore', 3],
  ['onset', 'after_session'],
]) as TriageAnswers;

describe.each(['cli', 'app'] as const)('triage wording (%s)', (surface: Surface) => {
  const byLevel = {
    emergency: wordTriage(triage({ ...calm, saddleNumbness: true }), surface),
    urgent: wordTriage(triage({ ...calm, fever: true }), surface),
    see_clinician: wordTriage(triage({ ...calm, numbnessOrTingling: true }), surface),
    self_care: wordTriage(triage(calm), surface),
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

  it('words every rule of the table, with its own number where it has one', () => {
    const texts = (answers: TriageAnswers) => wordTriage(triage(answers), surface).reasons.map((r) => r.text);
    expect(texts({ ...calm, temperatureC: 38.2 })).toEqual([
      'Back pain with a fever (38 °C or more) needs checking for an infection.',
    ]);
    expect(texts({ ...calm, age: 51 })[0]).toMatch(/after age 50\b/);
    expect(texts({ ...calm, age: 19 })[0]).toMatch(/before age 20\b/);
    expect(texts({ ...calm, durationDays: 30 })[0]).toMatch(/lasted 4 weeks or more/);
    expect(texts({ ...calm, painScore: 9 })[0]).toMatch(/^Pain of 8 out of 10 or more/);
    const everyYes = Object.fromEntries(SAFETY_FIELDS.map((f) => [f, true]));
    const all = wordTriage(
      triage({ ...calm, ...everyYes, age: 60, durationDays: 40, painScore: 9, onset: 'during_set' }),
      surface,
    );
    expect(all.reasons.length).toBeGreaterThan(10);
    for (const r of all.reasons) expect(r.text, r.ruleId).toMatch(/^[A-Z].{20,}\.$/);
    expect(TRIAGE_RULES.length).toBeGreaterThan(all.reasons.length - 1);
  });

  it('keeps the JSON keys other tools read, with the codes beside the words', () => {
    const { nightPain: _omit, ...missingOne } = calm;
    const words = wordTriage(triage({ ...missingOne, knownConditions: ['gout'] }), surface);
    expect(Object.keys(words)).toEqual([
      'level',
      'headline',
      'reasons',
      'unanswered',
      'nextSteps',
      'steps',
      'note',
      'trainingAdviceAllowed',
      'answers',
    ]);
    expect(Object.keys(words.reasons[0]!)).toEqual(['ruleId', 'level', 'text', 'fields', 'source']);
    expect(words.unanswered).toEqual([
      { field: 'nightPain', question: 'Is the pain bad at night, even when you lie still?' },
    ]);
    expect(words.nextSteps).toHaveLength(words.steps.length);
    expect(words.nextSteps.at(-1)).toMatch(/You listed gout/);
  });
});

describe('the unanswered safety questions', () => {
  const result = triage({ ...calm, nightPain: null, fever: undefined });

  it('are named by field in the terminal (as the answers file spells them)', () => {
    expect(wordTriage(result, 'cli').reasons[0]?.text).toMatch(/\(nightPain, fever\)|\(fever, nightPain\)/);
  });

  it('are not named by field in the app, which lists the questions as asked', () => {
    const app = wordTriage(result, 'app');
    expect(app.reasons[0]?.text).not.toMatch(/nightPain|fever/);
    expect(app.unanswered.map((u) => u.question).join(' ')).toMatch(/bad at night/);
  });
});
