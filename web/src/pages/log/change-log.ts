/** How the Log page's parts change the stored log (LogPage.tsx owns the state). */
import type { TrainingLog } from '../../../../src/log/index.js';
import type { LogChange } from '../../lib/log-store.js';

/** Changes the stored log (re-read under the lock) and returns the edit's result; undefined if it failed. */
export type ChangeLog = <T>(edit: (log: TrainingLog) => LogChange<T>) => Promise<T | undefined>;
/** A change with no result: `edit` gets the log as stored now. */
export type SetLog = (edit: (log: TrainingLog) => TrainingLog) => void;
