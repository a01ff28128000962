export { parseTrainingLogJson, parseTrainingLogValue } from './parse-training-log.js';
export { serializeTrainingLog } from './serialize-training-log.js';
export { CSV_COLUMNS, parseTrainingLogCsv, trainingLogToCsv } from './csv.js';
export { parseReportForLogJson, readReportForLog } from './read-report.js';
export { TrainingLogFormatError } from './training-log-format-error.js';
export {
  SUPPORTED_TRAINING_LOG_VERSIONS,
  TRAINING_LOG_FORMAT_ID,
  TRAINING_LOG_FORMAT_VERSION,
} from './constants.js';
export type { NextSessionJson, ReasonJson } from './next-session-json.js';
