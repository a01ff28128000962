/**
 * Property-based tests (fast-check) of the triage answers: any JSON either parses or is refused with a
 * TriageAnswersError (never another error), valid answers round-trip through JSON and always triage, and a red
 * flag is still found when another answer is invalid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, parseTriageAnswers, TriageAnswersError, type TriageAnswers } from './answers.js';
import { redFlagDespiteInvalid } from './invalid-answers.js';
import { triage } from './triage.js';
import { TRIAGE_LEVELS } from './types.js';

const RUNS = { numRuns: 300 };
const yesNo = fc.option(fc.boolean(), { nil: null });
const num = (min: number, max: number) =>
  fc.option(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0),
    { nil: null },
  );

const validAnswers: fc.Arbitrary<TriageAnswers> = fc.record(
  {
    age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    painScore: num(0, 10),
    onset: fc.option(fc.constantFrom('during_set' as const, 'after_session' as const, 'gradual' as const), {
      nil: null,
    }),
    character: fc.option(fc.constantFrom('sharp' as const, 'dull' as const, 'burning' as const), {
      nil: null,
    }),
    radiatesBelowKnee: yesNo,
    numbnessOrTingling: yesNo,
    saddleNumbness: yesNo,
    bladderOrBowelChange: yesNo,
    legWeakness: yesNo,
    fever: yesNo,
    unexplainedWeightLoss: yesNo,
    cancerHistory: yesNo,
    significantTrauma: yesNo,
    nightPain: yesNo,
    durationDays: num(0, 36500),
    knownConditions: fc.option(fc.array(fc.string({ minLength: 1, maxLength: 80 }), { maxLength: 30 }), {
      nil: null,
    }),
    painWorseNextMorning: yesNo,
    osteoporosisOrSteroids: yesNo,
    immunosuppressionOrIvDrugs: yesNo,
    temperatureC: num(30, 45),
  },
  { requiredKeys: [] },
);

function onlyOwnError(raw: unknown): void {
  try {
    parseTriageAnswers(raw);
  } catch (err) {
    if (!(err instanceof TriageAnswersError)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
  }
}

describe('triage answers (property)', () => {
  it('refuses arbitrary JSON only with TriageAnswersError', () => {
    const withKnownKeys = fc.dictionary(fc.constantFrom(...ANSWER_FIELDS), fc.jsonValue());
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), withKnownKeys), onlyOwnError), RUNS);
  });

  it('round-trips valid answers through JSON, and triages every one of them', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const parsed = parseTriageAnswers(JSON.parse(JSON.stringify(answers)));
        expect(parsed.answers).toEqual(answers);
        expect(parsed.ignoredFields).toEqual([]);
        const result = triage(parsed.answers);
        expect(TRIAGE_LEVELS).toContain(result.level);
        expect(result.steps.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('still finds a red flag when any other answer is invalid', () => {
    const invalid = fc.tuple(
      fc.constantFrom(...ANSWER_FIELDS.filter((f) => f !== 'saddleNumbness')),
      fc.oneof(fc.constant('yes'), fc.constant(-1), fc.constant(1e9), fc.constant({}), fc.constant([1])),
    );
    fc.assert(
      fc.property(validAnswers, invalid, (answers, [field, value]) => {
        const raw = { ...answers, saddleNumbness: true, [field]: value };
        let error: unknown;
        try {
          parseTriageAnswers(raw);
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(TriageAnswersError);
        expect(redFlagDespiteInvalid(error as TriageAnswersError)?.level).toBe('emergency');
      }),
      RUNS,
    );
  });
});
