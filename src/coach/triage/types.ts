import type { AnswerField, TriageAnswers } from './answers.js';

/** Most serious first. */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see_clinician', 'self_care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Index in TRIAGE_LEVELS: lower is more serious. */
export function seriousness(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/** One answer (or group of answers) that led to the level. */
export interface TriageReason {
  readonly ruleId: string;
  readonly level: TriageLevel;
  /** Plain words: what was answered and why it matters. */
  readonly text: string;
  readonly fields: readonly AnswerField[];
  readonly source: string;
}

export interface UnansweredQuestion {
  readonly field: AnswerField;
  readonly question: string;
}

export interface TriageResult {
  readonly level: TriageLevel;
  /** One unmistakable sentence matching the level. */
  readonly headline: string;
  /** Most serious first. Empty only for self_care with nothing of note. */
  readonly reasons: readonly TriageReason[];
  /** Safety questions left unanswered (they keep the level at see_clinician or above). */
  readonly unanswered: readonly UnansweredQuestion[];
  readonly nextSteps: readonly string[];
  /** Short reminder that this is not a diagnosis. */
  readonly note: string;
  /** False for emergency and urgent: no exercise advice may be shown. */
  readonly trainingAdviceAllowed: boolean;
  /** The validated answers the result was built from. */
  readonly answers: TriageAnswers;
}
