import type { AnswerField } from './answers.js';

/** One triage question as asked in interactive mode and listed in docs. */
export type TriageQuestion =
  | { readonly field: AnswerField; readonly kind: 'yes_no'; readonly text: string }
  | {
      readonly field: AnswerField;
      readonly kind: 'number';
      readonly text: string;
      readonly min: number;
      readonly max: number;
      readonly integer: boolean;
    }
  | {
      readonly field: AnswerField;
      readonly kind: 'choice';
      readonly text: string;
      readonly choices: readonly { readonly value: string; readonly label: string }[];
    }
  | { readonly field: AnswerField; readonly kind: 'list'; readonly text: string };

/**
 * Emergency questions first, so interactive mode can stop as soon as one is answered yes.
 * Every answer field appears once, except temperatureC (fever covers it when asking).
 */
export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = [
  {
    field: 'saddleNumbness',
    kind: 'yes_no',
    text: 'Is there numbness or a strange feeling between your legs, around your genitals or your buttocks?',
  },
  {
    field: 'bladderOrBowelChange',
    kind: 'yes_no',
    text: 'Any new trouble peeing, leaking, or losing control of your bladder or bowels?',
  },
  { field: 'legWeakness', kind: 'yes_no', text: 'Is either leg weak, getting weaker, or giving way?' },
  { field: 'age', kind: 'number', text: 'How old are you?', min: 0, max: 120, integer: true },
  {
    field: 'painScore',
    kind: 'number',
    text: 'How bad is the pain right now, from 0 (none) to 10 (worst imaginable)?',
    min: 0,
    max: 10,
    integer: false,
  },
  {
    field: 'onset',
    kind: 'choice',
    text: 'When did it start?',
    choices: [
      { value: 'during_set', label: 'during a set' },
      { value: 'after_session', label: 'after the session (hours later or next day)' },
      { value: 'gradual', label: 'gradually over several sessions' },
    ],
  },
  {
    field: 'character',
    kind: 'choice',
    text: 'What does it feel like?',
    choices: [
      { value: 'sharp', label: 'sharp' },
      { value: 'dull', label: 'dull or aching' },
      { value: 'burning', label: 'burning' },
    ],
  },
  {
    field: 'durationDays',
    kind: 'number',
    text: 'How many days ago did it start?',
    min: 0,
    max: 36500,
    integer: false,
  },
  { field: 'radiatesBelowKnee', kind: 'yes_no', text: 'Does the pain spread down a leg, below the knee?' },
  {
    field: 'numbnessOrTingling',
    kind: 'yes_no',
    text: 'Any numbness or pins and needles in your legs or feet?',
  },
  { field: 'fever', kind: 'yes_no', text: 'Do you have a fever (38 °C or more) or feel hot and shivery?' },
  { field: 'unexplainedWeightLoss', kind: 'yes_no', text: 'Have you lost weight recently without trying?' },
  { field: 'cancerHistory', kind: 'yes_no', text: 'Have you ever had cancer?' },
  {
    field: 'significantTrauma',
    kind: 'yes_no',
    text: 'Did the pain start after a fall, crash or other serious accident (not just the leg press)?',
  },
  { field: 'nightPain', kind: 'yes_no', text: 'Is the pain bad at night, even when you lie still?' },
  {
    field: 'osteoporosisOrSteroids',
    kind: 'yes_no',
    text: 'Do you have osteoporosis (thin bones) or take steroid tablets long-term?',
  },
  {
    field: 'immunosuppressionOrIvDrugs',
    kind: 'yes_no',
    text: 'Is your immune system weakened (by illness or medicine), or do you inject drugs?',
  },
  { field: 'painWorseNextMorning', kind: 'yes_no', text: 'Is the pain worse the morning after training?' },
  {
    field: 'knownConditions',
    kind: 'list',
    text: 'Any back conditions a clinician has told you about (e.g. herniated disc, spinal stenosis)? Separate with commas, or leave blank.',
  },
];

/** The question text for a field (used to name unanswered questions). */
export function questionFor(field: AnswerField): string {
  return TRIAGE_QUESTIONS.find((q) => q.field === field)?.text ?? field;
}
