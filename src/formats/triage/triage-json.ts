/**
 * The triage result as `spotter triage --json` (and `spotter analyze --answers ... --json`'s `triage`) writes
 * it: the core's codes (`level`, each reason's `ruleId` and `params`, each unanswered `field`, the next `steps`)
 * beside the words a presenter gave them. Keys kept from before the codes: `level`, `headline`, `reasons` (with
 * `ruleId`, `level`, `text`, `fields`, `source`), `unanswered` (`field`, `question`), `nextSteps`, `note`,
 * `trainingAdviceAllowed`, `answers`. It is a TriageResult with words added, so the core reads it as one.
 */
import type { TriageReason, TriageResult, UnansweredQuestion } from '../../coach/index.js';

export type TriageReasonJson = TriageReason & {
  /** What was answered and why it matters, in plain words. */
  readonly text: string;
};

export type UnansweredQuestionJson = UnansweredQuestion & {
  /** The question as it is asked. */
  readonly question: string;
};

export type TriageJson = Omit<TriageResult, 'reasons' | 'unanswered'> & {
  /** One unmistakable sentence matching the level. */
  readonly headline: string;
  readonly reasons: readonly TriageReasonJson[];
  readonly unanswered: readonly UnansweredQuestionJson[];
  /** `steps` in words, in the same order. */
  readonly nextSteps: readonly string[];
  /** Short reminder that this is not a diagnosis. */
  readonly note: string;
};
