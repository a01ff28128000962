/// <reference lib="dom" />
/**
 * The training log on this device (localStorage), stored in the same versioned JSON format as the CLI's file.
 * A stored log that cannot be read is never overwritten silently: the page shows the problem, and starting
 * afresh first keeps the unreadable text under a backup key.
 */
import { parseTrainingLogJson } from '../../../src/formats/training-log/parse-training-log.js';
import { serializeTrainingLog } from '../../../src/formats/training-log/serialize-training-log.js';
import { emptyLog } from '../../../src/log/edit-log.js';
import type { TrainingLog } from '../../../src/log/types.js';

export const LOG_KEY = 'spotter.trainingLog.v1';
export const DAMAGED_LOG_KEY = 'spotter.trainingLog.v1.damaged';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export type StoredLog =
  | { readonly ok: true; readonly log: TrainingLog; readonly persistent: boolean }
  | { readonly ok: false; readonly error: string; readonly raw: string };

export function loadStoredLog(): StoredLog {
  const store = storage();
  const raw = store?.getItem(LOG_KEY);
  if (raw == null) return { ok: true, log: emptyLog(), persistent: store !== null };
  try {
    return { ok: true, log: parseTrainingLogJson(raw), persistent: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err), raw };
  }
}

/** Saves the log; false when the browser gives no storage (the log then lives only as long as the page). */
export function saveStoredLog(log: TrainingLog): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    store.setItem(LOG_KEY, serializeTrainingLog(log));
    return true;
  } catch {
    return false; // quota exceeded
  }
}

/** Keeps an unreadable stored log under a backup key, then starts an empty one. */
export function resetDamagedLog(raw: string): TrainingLog {
  const log = emptyLog();
  storage()?.setItem(DAMAGED_LOG_KEY, raw);
  saveStoredLog(log);
  return log;
}
