export type {
  SetReportJson,
  VideoInfoJson,
  VideoReportJson,
  VideoRunJson,
  VideoTimingsJson,
  VideoTrackJson,
} from './types.js';
