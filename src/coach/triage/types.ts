import type { AnswerField, TriageAnswers } from './answers.js';
import type { TriageRuleId } from './rules.js';

/** Most serious first. */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'see_clinician', 'self_care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Index in TRIAGE_LEVELS: lower is more serious. */
export function seriousness(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/** A rule of the table, or the safety rule that unanswered red-flag questions never allow self-care. */
export type TriageReasonCode = TriageRuleId | 'unanswered_safety_questions';

/**
 * One answer (or group of answers) that led to the level, as a code: src/present/vocabulary says it. `fields`
 * are the answers that made it fire (for `unanswered_safety_questions`, the questions left unanswered).
 */
export interface TriageReason {
  readonly ruleId: TriageReasonCode;
  readonly level: TriageLevel;
  readonly fields: readonly AnswerField[];
  /** The number the rule compared an answer with (38 °C, age 50, 28 days, 8/10), when it has one. */
  readonly params?: { readonly threshold: number };
  readonly source: string;
}

export interface UnansweredQuestion {
  readonly field: AnswerField;
}

/**
 * What to do, as codes in the order to do them: the level's own steps (triage-steps.ts), after the request to
 * answer the unanswered questions and before the conditions the lifter listed that Spotter does not know.
 */
export type TriageStep =
  | {
      readonly code:
        | 'go_now'
        | 'tell_them_symptoms'
        | 'no_driving_if_leg_weak'
        | 'do_not_train'
        | 'contact_doctor_today'
        | 'no_training_until_checked'
        | 'book_clinician'
        | 'gentle_movement_no_leg_press'
        | 'advice_today_if_worse'
        | 'keep_moving'
        | 'follow_plan'
        | 'see_if_not_better'
        | 'emergency_signs'
        | 'answer_unanswered';
    }
  | { readonly code: 'check_other_conditions'; readonly params: { readonly conditions: readonly string[] } };
export type TriageStepCode = TriageStep['code'];

/**
 * The triage decision as codes: the level (its headline and the not-a-diagnosis note are the presenters'
 * words for it), the reasons, the unanswered safety questions and the next steps. No prose: src/present/vocabulary
 * (`wordTriage`) words it per surface.
 */
export interface TriageResult {
  readonly level: TriageLevel;
  /** Most serious first. Empty only for self_care with nothing of note. */
  readonly reasons: readonly TriageReason[];
  /** Safety questions left unanswered (they keep the level at see_clinician or above). */
  readonly unanswered: readonly UnansweredQuestion[];
  readonly steps: readonly TriageStep[];
  /** False for emergency and urgent: no exercise advice may be shown. */
  readonly trainingAdviceAllowed: boolean;
  /** The validated answers the result was built from. */
  readonly answers: TriageAnswers;
}
