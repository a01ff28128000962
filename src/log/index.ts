/** The training log's pure core: entries, load rules with sources, next-session advice, weekly trends. */
export type {
  Exercise,
  LoggedSet,
  LogSettings,
  PainScores,
  Session,
  SetAnalysis,
  SetFault,
  TrainingLog,
} from './types.js';
export { EXERCISES } from './types.js';
export {
  LOAD_RULE_CONFIG,
  LOAD_RULE_CONFIG_SOURCES,
  LOAD_RULE_IDS,
  LOAD_RULES,
  loadRule,
  type LoadRule,
  type LoadRuleId,
} from './load-rules.js';
export { LOG_LIMITS } from './limits.js';
export {
  addSet,
  changeSettings,
  checkPain,
  checkSetInput,
  checkSettings,
  DEFAULT_SETTINGS,
  emptyLog,
  lastSet,
  LogEntryError,
  removeSet,
  setPain,
  setToInput,
  updateSet,
  type SetInput,
} from './edit-log.js';
export { groupSessions, isHardSet, referenceSet, sessionPain, sortSets } from './sessions.js';
export {
  recommendNext,
  type NextAction,
  type NextDecision,
  type NextSession,
  type ReasonParams,
  type Reason,
  type RestCheck,
} from './recommend-next.js';
export { acuteChronicRatio, type AcuteChronicRatio } from './acute-chronic.js';
export { recentSets, weeklyTrends, type WeekTrend } from './weekly-trends.js';
export { summarizeReport, type ReportForLog } from './summarize-report.js';
export { trainingHistory } from './to-history.js';
export { plateStep, roundToIncrement } from './round-load.js';
export {
  isCalendarDate,
  isIsoDateTime,
  isoOffsetMin,
  isoToMs,
  localDate,
  msToIso,
  weekStartDate,
} from './time.js';
