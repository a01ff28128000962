export type { TriageJson, TriageReasonJson, UnansweredQuestionJson } from './triage-json.js';
