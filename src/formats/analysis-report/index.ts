export type {
  SetReportJson,
  VideoInfoJson,
  VideoReportJson,
  VideoRunJson,
  VideoTimingsJson,
  VideoTrackJson,
} from './types.js';
export type { CoachPlanJson, PlanItemJson, PlanSectionJson } from './plan-json.js';
