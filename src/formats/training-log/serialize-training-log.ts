import type { TrainingLog } from '../../log/index.js';
import { TRAINING_LOG_FORMAT_ID, TRAINING_LOG_FORMAT_VERSION } from './constants.js';
import type { TrainingLogV1 } from './schema.js';

/** The log as format v1 JSON text, two-space indented, one set per block (readable and diff-friendly). */
export function serializeTrainingLog(log: TrainingLog): string {
  const doc: TrainingLogV1 = {
    format: TRAINING_LOG_FORMAT_ID,
    version: TRAINING_LOG_FORMAT_VERSION,
    settings: log.settings,
    // Readonly in the core, plain arrays in the file type: the same data.
    sets: log.sets as unknown as TrainingLogV1['sets'],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
