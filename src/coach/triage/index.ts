export { triage } from './triage.js';
export { EMERGENCY_SIGNS, NOT_A_DIAGNOSIS, SEE_IF_NOT_BETTER } from './wording.js';
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
export { TRIAGE_RULES, type TriageRule, type Condition } from './rules.js';
export { TRIAGE_QUESTIONS, type TriageQuestion } from './questions.js';
export {
  TRIAGE_LEVELS,
  seriousness,
  type TriageLevel,
  type TriageResult,
  type TriageReason,
} from './types.js';
