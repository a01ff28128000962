export { triage } from './triage.js';
export { LEVEL_STEPS } from './triage-steps.js';
export { parseReply, type ReplyResult } from './parse-reply.js';
export { redFlagDespiteInvalid } from './invalid-answers.js';
export {
  parseTriageAnswers,
  TriageAnswersError,
  triageAnswersSchema,
  SAFETY_FIELDS,
  ANSWER_FIELDS,
  type TriageAnswers,
  type AnswerField,
  type ParsedAnswers,
} from './answers.js';
export {
  TRIAGE_RULES,
  TRIAGE_RULE_IDS,
  type TriageRule,
  type TriageRuleId,
  type Condition,
} from './rules.js';
export { TRIAGE_QUESTIONS, questionFor, type TriageQuestion } from './questions.js';
export {
  TRIAGE_LEVELS,
  seriousness,
  type TriageLevel,
  type TriageResult,
  type TriageReason,
  type TriageReasonCode,
  type TriageStep,
  type TriageStepCode,
  type UnansweredQuestion,
} from './types.js';
