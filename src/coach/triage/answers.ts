/**
 * The triage answers contract (docs/triage-answers.md). Every field is optional: a missing or `null` answer
 * means "not answered", which triage treats conservatively. Unknown fields are allowed (other tools may add
 * their own) and reported back as ignored, so a typo in a safety question does not pass silently.
 */
import { z } from 'zod';

const yesNo = z.boolean().nullish();

export const triageAnswersSchema = z.object({
  age: z.number().int().min(0).max(120).nullish(),
  /** 0 = no pain, 10 = worst imaginable. */
  painScore: z.number().min(0).max(10).nullish(),
  onset: z.enum(['during_set', 'after_session', 'gradual']).nullish(),
  character: z.enum(['sharp', 'dull', 'burning']).nullish(),
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
  /** Days since the pain started. */
  durationDays: z.number().min(0).max(36500).nullish(),
  /** Free text or ids; recognised ones are listed in known-conditions.ts. */
  knownConditions: z.array(z.string().min(1).max(80)).max(30).nullish(),
  // Extra fields (optional for other tools; asked in interactive mode).
  painWorseNextMorning: yesNo,
  osteoporosisOrSteroids: yesNo,
  immunosuppressionOrIvDrugs: yesNo,
  /** Measured body temperature, degrees Celsius. */
  temperatureC: z.number().min(30).max(45).nullish(),
});

export type TriageAnswers = z.infer<typeof triageAnswersSchema>;
export type AnswerField = keyof TriageAnswers;
export const ANSWER_FIELDS = Object.keys(triageAnswersSchema.shape) as AnswerField[];

type FieldsOfType<V> = {
  [K in AnswerField]-?: NonNullable<TriageAnswers[K]> extends V ? K : never;
}[AnswerField];
export type BooleanField = FieldsOfType<boolean>;
export type NumberField = FieldsOfType<number>;

/**
 * Questions that must be answered before Spotter will say "look after it yourself": the red-flag
 * questions of the issue's contract, plus age and duration (both feed red-flag rules).
 */
export const SAFETY_FIELDS = [
  'saddleNumbness',
  'bladderOrBowelChange',
  'legWeakness',
  'fever',
  'unexplainedWeightLoss',
  'cancerHistory',
  'significantTrauma',
  'nightPain',
  'radiatesBelowKnee',
  'numbnessOrTingling',
  'age',
  'durationDays',
] as const satisfies readonly AnswerField[];

/** What each field expects, used in error messages. */
export const FIELD_EXPECTS: Readonly<Record<AnswerField, string>> = {
  age: 'a whole number of years from 0 to 120',
  painScore: 'a number from 0 (no pain) to 10 (worst imaginable)',
  onset: "one of 'during_set', 'after_session', 'gradual'",
  character: "one of 'sharp', 'dull', 'burning'",
  radiatesBelowKnee: 'true or false',
  numbnessOrTingling: 'true or false',
  saddleNumbness: 'true or false',
  bladderOrBowelChange: 'true or false',
  legWeakness: 'true or false',
  fever: 'true or false',
  unexplainedWeightLoss: 'true or false',
  cancerHistory: 'true or false',
  significantTrauma: 'true or false',
  nightPain: 'true or false',
  durationDays: 'a number of days, 0 or more',
  knownConditions: 'a list of strings, e.g. ["herniated_disc"]',
  painWorseNextMorning: 'true or false',
  osteoporosisOrSteroids: 'true or false',
  immunosuppressionOrIvDrugs: 'true or false',
  temperatureC: 'a temperature in degrees Celsius, e.g. 37.2',
};

/**
 * A malformed answers document; `field` names the offending answer (empty for the document itself). When the
 * document is an object, `readable` holds the answers that were valid (every bad field left out), so a red flag
 * among them can still be acted on: a typo in one answer must never hide an instruction to get care.
 */
export class TriageAnswersError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly readable?: TriageAnswers,
  ) {
    super(message);
    this.name = 'TriageAnswersError';
  }
}

/** The answers of `raw` left once the fields in `bad` are dropped (undefined if even those fail). */
function readableAnswers(raw: Record<string, unknown>, bad: ReadonlySet<string>): TriageAnswers | undefined {
  if (bad.has('')) return undefined;
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  const result = triageAnswersSchema.safeParse(kept);
  return result.success ? result.data : undefined;
}

export interface ParsedAnswers {
  readonly answers: TriageAnswers;
  /** Top-level fields Spotter does not know (kept out of triage; listed so typos are visible). */
  readonly ignoredFields: readonly string[];
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Validates an answers object, throwing a TriageAnswersError naming the first bad field. */
export function parseTriageAnswers(raw: unknown): ParsedAnswers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new TriageAnswersError('', `The answers must be a JSON object (got ${describeValue(raw)}).`);
  }
  const result = triageAnswersSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues;
    const issue = issues[0]!;
    const field = String(issue.path[0] ?? '');
    const where = issue.path.map(String).join('.');
    const got = issue.path.reduce<unknown>(
      (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
      raw,
    );
    const expects = FIELD_EXPECTS[field as AnswerField] ?? 'a valid value';
    const bad = new Set(issues.map((i) => String(i.path[0] ?? '')));
    const more = bad.size > 1 ? ` (and ${bad.size - 1} more invalid answer${bad.size > 2 ? 's' : ''})` : '';
    throw new TriageAnswersError(
      field,
      `Answer '${where}' must be ${expects} (got ${describeValue(got)})${more}.`,
      readableAnswers(raw as Record<string, unknown>, bad),
    );
  }
  const known = new Set<string>(ANSWER_FIELDS);
  const ignoredFields = Object.keys(raw).filter((key) => !known.has(key));
  return { answers: result.data, ignoredFields };
}
