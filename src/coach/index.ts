/** The coach's public surface: triage, the advice engine, presenters and the knowledge base. */
export { buildPlan } from './advice/build-plan.js';
export { LOAD_JUMP_RATIO, MIN_REST_HOURS, PAIN_STOP_SCORE } from './advice/derive-signals.js';
export {
  adviseSet,
  withholdTrainingAdvice,
  type SetAdvice,
  type SetAdviceInput,
} from './advice/advise-set.js';
export { PLAN_SECTION_IDS } from './advice/types.js';
export type {
  CoachPlan,
  FixReason,
  KnowledgeKind,
  NotJudgedCheck,
  PlanBecause,
  PlanHeadline,
  PlanInput,
  PlanItem,
  PlanMessage,
  PlanMessageCode,
  PlanSection,
  PlanSectionId,
  PlanMode,
  TrainingHistory,
} from './advice/types.js';
export { loadKnowledge } from './knowledge/load-knowledge.js';
export { SOURCE_IDS, SOURCES, type SourceId } from './knowledge/sources.js';
export { ANSWER_SIGNALS, SIGNALS, type AnswerSignal, type Signal } from './knowledge/signals.js';
export type { KnowledgeBase, Cause, Fix, Relief, Prehab, Alternative } from './knowledge/types.js';
export * from './triage/index.js';
