/**
 * The presenters' one vocabulary: how verdicts, severities, faults, triage levels, safe depths, signals, sources,
 * the pain triage and the coach plan read, for the terminal, the HTML report and the web app alike. The core
 * returns codes and numbers; the words are here.
 */
export { FAULT_NAMES, faultName, repsWhere } from './fault-names.js';
export { becauseWords, PLAN_SECTION_TITLES, wordPlan } from './plan-words.js';
export { notAssessableWords, wordReport } from './not-assessable-words.js';
export { SAFE_DEPTH_SOURCE_WORDS, safeDepthSourceWords } from './safe-depth-words.js';
export {
  MARKER_LEGEND,
  NOT_CHECKED_MARKER,
  SEVERITY_WORDS,
  severityText,
  type SeverityWords,
} from './severity-words.js';
export { SIGNAL_WORDS, signalWords } from './signal-words.js';
export { sourceWords } from './source-words.js';
export type { Surface } from './surface.js';
export { TRIAGE_LEVEL_WORDS, type TriageLevelWords } from './triage-level-words.js';
export {
  EMERGENCY_SIGNS,
  NOT_A_DIAGNOSIS,
  SEE_IF_NOT_BETTER,
  TRIAGE_HEADLINES,
  triageReasonWords,
  triageStepWords,
  wordTriage,
} from './triage-words.js';
export { RED_FLAG_TITLE, VERDICT_WORDS, type VerdictWords } from './verdict-words.js';
export { nextHeadlineWords, reasonWords, triagePointer, wordNextSession } from './next-session-words.js';
